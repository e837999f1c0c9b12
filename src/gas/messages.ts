// Every Vietnamese text the Apps Script shell shows: dialogs, prompts, toasts, notes, the log sheet. Names are in
// “ ” quotes, a sheet is a “trang tính”, and every error or warning ends with what to do next (“Hãy …”).

function q(text: string): string {
  return `“${text}”`;
}

/** whole seconds, rounded up */
function seconds(ms: number): string {
  return String(Math.ceil(ms / 1000));
}

export const TITLE = 'Thi đua – Khen thưởng';

export const MSG = {
  busy:
    'Đang có người khác chạy một thao tác của tiện ích trên bảng tính này (tính kết quả, tạo phiếu, thiết lập, xuất văn bản, nhập kết quả năm trước hoặc thu hồ sơ các trường): ' +
    'chưa làm gì. Hãy thử lại sau ít phút.',
  unknownPhase: (id: string, known: string[]) =>
    known.length > 0
      ? `Không có đợt thi đua ${q(id)} (trang tính “Đợt thi đua”). Các đợt hiện có: ${known.join(', ')}. Hãy nhập một trong các mã đó.`
      : `Không có đợt thi đua ${q(id)}: trang tính “Đợt thi đua” chưa có đợt nào. Hãy thêm đợt vào trang tính đó rồi chạy lại.`,
  noMembers: 'Trang tính “Hội đồng” chưa có thành viên nào: chưa tạo được phiếu. Hãy nhập các thành viên Hội đồng rồi chạy lại.',
  noCriteria: (phase: string) =>
    `Đợt ${phase} chưa có tiêu chí nào (trang tính “Tiêu chí”): chưa tạo được phiếu chấm. Hãy thêm tiêu chí cho đợt này rồi chạy lại.`,
  noAwards: (phase: string) =>
    `Đợt ${phase} chưa có khen thưởng nào (trang tính “Khen thưởng”): chưa tạo được phiếu biểu quyết. Hãy thêm khen thưởng cho đợt này rồi chạy lại.`,
  memberWithoutEmail: (member: string, sheet: string) =>
    `Thành viên ${member} chưa có Email (trang tính “Hội đồng”): trang tính ${q(sheet)} chỉ chủ sở hữu bảng tính sửa được. ` +
    'Hãy nhập Email của thành viên rồi chạy lại thao tác này.',
  memberEmailRefused: (member: string, email: string, sheet: string) =>
    `Thành viên ${member}: Google không nhận Email ${q(email)} (trang tính “Hội đồng”): trang tính ${q(sheet)} chỉ chủ sở hữu bảng tính sửa được. ` +
    'Hãy sửa Email đó rồi chạy lại thao tác này.',
  sheetLocked: (sheet: string) =>
    `Đã bỏ qua trang tính “${sheet}”: nó được bảo vệ và tài khoản của bạn không sửa được phần bảo vệ đó. Hãy nhờ chủ sở hữu bảng tính (hoặc người đã tạo phiếu) chạy lại thao tác này.`,
  timeZone: (zone: string) =>
    `Múi giờ của bảng tính là “${zone}”, không phải giờ Việt Nam. Hãy chọn Tệp › Cài đặt › Múi giờ “(GMT+07:00) Hà Nội” (Asia/Ho_Chi_Minh) để ngày giờ trong Nhật ký và các báo cáo đúng giờ Việt Nam.`,
  sharing: {
    title: 'Chia sẻ bảng tính với Hội đồng',
    intro:
      'Những thành viên Hội đồng sau chưa được chia sẻ bảng tính này với quyền chỉnh sửa, nên chưa mở được phiếu chấm của mình (bảo vệ trang tính không tự chia sẻ tệp):',
    button: 'Chia sẻ với họ (quyền chỉnh sửa)',
    working: 'Đang chia sẻ…',
    done: 'Đã chia sẻ với: ',
    failed: 'Chưa chia sẻ được, hãy thử lại hoặc chia sẻ bằng nút Chia sẻ của Google Trang tính. Chi tiết: ',
    manual: 'Bạn cũng có thể tự chia sẻ: nút “Chia sẻ” ở góc trên bên phải, nhập các email trên và chọn “Người chỉnh sửa”.',
  },
  cancelled: 'Đã hủy.',
  unexpected: (detail: string) =>
    `Có lỗi khi thực hiện (${detail}). Hãy thử lại sau ít phút; nếu vẫn lỗi, hãy báo cho người quản trị tiện ích.`,
  writeFailed: (detail: string) =>
    `Không ghi được kết quả (${detail}): kết quả cũ vẫn được giữ nguyên. Hãy chạy lại Tính kết quả sau ít phút.`,
  readFailed: (sheet: string, detail: string) =>
    `Không đọc được ${sheet ? `trang tính “${sheet}”` : 'danh sách trang tính'} (${detail}) nên chưa ghi kết quả: ` +
    'kết quả cũ vẫn được giữ nguyên. Hãy chạy lại Tính kết quả sau ít phút.',
  tallyOverBudget: (elapsedMs: number, neededMs: number) =>
    `Đã dừng trước khi ghi: lần chạy này đã mất ${seconds(elapsedMs)} giây, ghi kết quả cần thêm khoảng ${seconds(neededMs)} giây, ` +
    'quá giới hạn 6 phút một lần chạy của Google. Chưa ghi gì; kết quả cũ vẫn được giữ nguyên. ' +
    'Hãy chạy lại Tính kết quả (lần sau thường nhanh hơn); nếu vẫn dừng, hãy chạy vào lúc ít người đang mở bảng tính.',
  logLineMissing: (detail: string) =>
    `Đã làm xong nhưng chưa ghi được dòng Nhật ký cho lần chạy này (${detail}). Hãy chạy lại thao tác nếu cần lưu vết trong Nhật ký.`,
  sheetsFailed: (detail: string) =>
    `Chưa làm xong (${detail}). Các phiếu đã có và điểm đã chấm được giữ nguyên; phiếu đang tạo dở không được giữ lại. ` +
    'Hãy chạy lại thao tác này sau ít phút: tiện ích chỉ thêm phần còn thiếu.',
  setupFailed: (detail: string) =>
    `Chưa thiết lập xong bảng tính (${detail}). Dữ liệu đã nhập được giữ nguyên. Hãy chạy lại Thiết lập bảng tính: tiện ích chỉ thêm phần còn thiếu.`,
  sheetsReadFailed: (sheet: string, detail: string) =>
    `Không đọc được ${sheet ? `trang tính “${sheet}”` : 'danh sách trang tính'} (${detail}) nên chưa tạo gì. Hãy chạy lại thao tác này sau ít phút.`,
  cardsOverBudget: (elapsedMs: number, neededMs: number) =>
    `Đã dừng trước khi tạo phiếu: lần chạy này đã mất ${seconds(elapsedMs)} giây, tạo một phiếu cần thêm khoảng ${seconds(neededMs)} giây, ` +
    'quá giới hạn 6 phút một lần chạy của Google. Chưa tạo gì. Hãy chạy lại Tạo phiếu chấm sau ít phút.',
  cardsStopped: (done: number, total: number) =>
    `Đã tạo xong ${done}/${total} phiếu thì dừng để không vượt giới hạn 6 phút một lần chạy của Google; các phiếu còn lại chưa được tạo. ` +
    'Hãy chạy lại Tạo phiếu chấm: các phiếu đã có được giữ nguyên, chỉ tạo tiếp phần còn thiếu.',
  logLineFailed: (detail: string) =>
    `Đã ghi kết quả đầy đủ nhưng chưa ghi được dòng Nhật ký cho lần tính này (${detail}). Hãy chạy lại Tính kết quả nếu cần lưu vết trong Nhật ký.`,

  askPhase: (action: string, phases: string[]) => `${action}\nNhập mã đợt thi đua${phases.length > 0 ? ` (${phases.join(', ')})` : ''}:`,
  actionCards: 'Tạo phiếu chấm điểm cho các thành viên Hội đồng.',
  actionVotes: 'Tạo phiếu biểu quyết của Hội đồng.',
  actionTally: 'Tính kết quả thi đua.',

  setupDone: (created: string[], columns: number, params: number, warnings: string[] = []) =>
    [
      'Đã thiết lập bảng tính.',
      ...warnings,
      created.length > 0 ? `Trang tính mới: ${created.join(', ')}.` : 'Không có trang tính nào cần tạo thêm.',
      columns > 0 ? `Đã thêm ${columns} cột còn thiếu.` : '',
      params > 0 ? `Đã thêm ${params} tham số vào trang tính “Cấu hình”.` : '',
      'Dữ liệu đã có được giữ nguyên.',
    ]
      .filter((line) => line !== '')
      .join('\n'),
  cardsDone: (created: string[], updated: string[], rows: number, columns: number, warnings: string[]) =>
    [
      created.length > 0 ? `Đã tạo: ${created.join(', ')}.` : '',
      updated.length > 0 ? `Đã cập nhật: ${updated.join(', ')} (thêm ${rows} dòng, ${columns} cột; điểm đã chấm được giữ nguyên).` : '',
      ...warnings,
    ]
      .filter((line) => line !== '')
      .join('\n'),
  tallyDone: (sheet: string, recipients: number, pending: number, errors: number, warnings: number) =>
    [
      `Đã ghi kết quả vào trang tính ${q(sheet)}.`,
      `Được khen thưởng: ${recipients} lượt; chờ Hội đồng quyết định: ${pending}.`,
      errors > 0 || warnings > 0 ? `Có ${errors} lỗi và ${warnings} cảnh báo: chọn Kiểm tra dữ liệu để xem và đi đến từng ô.` : '',
    ]
      .filter((line) => line !== '')
      .join('\n'),
  tallyNotWritten: (errors: number) => `Chưa ghi kết quả: có ${errors} lỗi. Hãy sửa các ô được nêu dưới đây rồi tính lại.`,
  checkClean: 'Dữ liệu hợp lệ: không có lỗi hay cảnh báo nào.',
  checkTitle: (errors: number, warnings: number) => `Kiểm tra dữ liệu: ${errors} lỗi, ${warnings} cảnh báo`,
  checkHint: 'Bấm vào một ô để đi đến ô đó.',
  errorLabel: 'Lỗi',
  warningLabel: 'Cảnh báo',
  exportTitle: 'Đã xuất báo cáo',
  // a bound script's createAddonMenu() sits under Extensions › {script project title}: the README has the title set to “Thi đua”
  setupHint: 'Bảng tính chưa được thiết lập: hãy chọn Tiện ích mở rộng › Thi đua › Thiết lập bảng tính.',
  helpTitle: 'Hướng dẫn sử dụng',
  help: [
    '1. Thiết lập bảng tính: tạo các trang tính Cấu hình, Đơn vị, Cán bộ, Hội đồng, Đợt thi đua, Tiêu chí, Xếp loại, Danh mục, Khen thưởng, Đăng ký với tiêu đề, ghi chú và danh sách chọn. Chạy lại bất cứ lúc nào: chỉ thêm phần còn thiếu, không xóa dữ liệu.',
    '2. Nhập danh sách đơn vị, cán bộ, Hội đồng, đợt thi đua, tiêu chí và khen thưởng.',
    '3. Tạo phiếu chấm cho một đợt: mỗi thành viên Hội đồng có trang tính “Chấm {đợt} {mã thành viên}” (và “Chấm TT …” cho tập thể), chỉ thành viên đó và chủ sở hữu sửa được.',
    '4. Tạo phiếu biểu quyết: trang tính “Phiếu {đợt}”, mỗi thành viên ghi Đ (đồng ý) hoặc K (không đồng ý) ở cột của mình.',
    '5. Kiểm tra dữ liệu: danh sách lỗi, bấm vào để đi đến ô cần sửa.',
    '6. Tính kết quả một đợt: ghi trang tính “Kết quả {đợt}” và một dòng vào trang tính “Nhật ký”.',
    '7. Xuất văn bản: chọn văn bản trong danh sách (tổng hợp đăng ký thi đua, danh sách đề nghị khen thưởng, …) và đợt nếu cần; mỗi văn bản là một Google Trang tính và một tệp PDF trong Thư mục Drive.',
  ],

  headerNoteCard: (text: string, min: number, max: number) => `${text}\nĐiểm từ ${min} đến ${max}; để trống nếu chưa chấm.`,
  memberColumnNote: (name: string) => `Phiếu của ${name}: Đ (đồng ý), K (không đồng ý) hoặc để trống.`,
  markHelp: (min: number, max: number) => `Nhập điểm từ ${min} đến ${max}.`,
  voteHelp: 'Nhập Đ (đồng ý) hoặc K (không đồng ý).',
  choiceHelp: (choices: string[]) => `Chọn một trong: ${choices.join(', ')}.`,
  codeHelp: (sheet: string) => `Chọn một mã có trong trang tính “${sheet}”.`,
  numberHelp: (min: number | undefined, max: number | undefined) =>
    min !== undefined && max !== undefined
      ? `Nhập số từ ${min} đến ${max}.`
      : min !== undefined
        ? `Nhập số không nhỏ hơn ${min}.`
        : `Nhập số không lớn hơn ${max}.`,
  dateHelp: 'Nhập ngày dạng dd/mm/yyyy.',
  cardProtection: (member: string) => `Phiếu chấm của ${member}`,
  voteProtection: (member: string) => `Phiếu biểu quyết của ${member}`,
  voteFixedProtection: 'Danh sách xét (chỉ chủ sở hữu sửa)',

  log: {
    headers: [
      'Thời gian',
      'Người thực hiện',
      'Thao tác',
      'Đợt',
      'Mã kiểm tra dữ liệu',
      'Số lượt khen thưởng',
      'Số chờ quyết định',
      'Số lỗi',
      'Liên kết',
      'Sự cố',
    ],
    tally: 'Tính kết quả',
    cards: 'Tạo phiếu chấm',
    votes: 'Tạo phiếu biểu quyết',
    setup: 'Thiết lập bảng tính',
    history: 'Nhập kết quả năm trước',
  },
} as const;

/** The exports to Drive (src/gas/exports.ts): warnings shown beside the links, and the `Nhật ký` line. */
export const EXPORT_MSG = {
  /** `Xuất tổng hợp đăng ký thi đua` from the label `Tổng hợp đăng ký thi đua` */
  logAction: (label: string) => `Xuất ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
  /** the `Nhật ký` action of a failed export, named by the document's id (the label may be what failed to load) */
  logActionOf: (documentId: string) => `Xuất văn bản ${documentId}`,
  failed: (detail: string) =>
    `Chưa xuất xong văn bản (${detail}). Các tệp đã có trong Drive được giữ nguyên và sẽ được dùng lại, không tạo tệp trùng. Hãy xuất lại sau ít phút.`,
  readFailed: (sheet: string, detail: string) =>
    `Không đọc được ${sheet ? `trang tính “${sheet}”` : 'danh sách trang tính'} (${detail}) nên chưa xuất văn bản. Hãy xuất lại sau ít phút.`,
  folderUnavailable: (folder: string, detail: string) =>
    `Không mở được Thư mục Drive “${folder}” (${detail}): tệp được lưu ở thư mục gốc Drive của bạn. ` +
    'Tiện ích chỉ mở được thư mục do chính nó tạo: hãy ghi một tên thư mục (không phải đường link) vào ô Thư mục Drive ở trang tính Cấu hình; ' +
    'tiện ích sẽ tạo thư mục đó, rồi bạn có thể chuyển nó vào nơi mình muốn, kể cả Drive dùng chung.',
  folderCreated: (folder: string) =>
    `Đã tạo thư mục “${folder}” trong Drive của bạn. Nếu bạn đã tự tạo một thư mục cùng tên thì tiện ích không nhìn thấy thư mục đó: ` +
    'hãy chuyển các tệp sang thư mục mới này (hoặc chuyển thư mục mới vào nơi bạn muốn).',
  pdfLayoutNotApplied: (reason: string) =>
    `Google không xuất được PDF theo khổ A4 và lề của văn bản (${reason}): tệp PDF được tạo theo cách mặc định của Drive, khổ giấy và lề có thể khác. ` +
    'Hãy xuất lại sau ít phút để có bản đúng khổ.',
  knownFilesUnreadable: (detail: string) =>
    `Không đọc được mã các tệp đã xuất lần trước (${detail}): tệp mới được tạo; hãy xóa các tệp cũ trùng tên trong Drive nếu có.`,
  missingRecipientEmail: 'Chưa nhập Email nơi nhận ở trang tính Cấu hình: tệp chưa được chia sẻ. Hãy nhập email rồi xuất lại.',
  shareFailed: (email: string, detail: string) =>
    `Không chia sẻ được với ${email} (${detail}): hãy kiểm tra Email nơi nhận ở trang tính Cấu hình, hoặc tự chia sẻ tệp trong Drive.`,
  askDocument: (documents: string[]) => `Chọn văn bản cần xuất: gõ số thứ tự.\n${documents.join('\n')}`,
  documentItem: (index: number, label: string, perPhase: boolean) => `${index}. ${label}${perPhase ? ' (theo đợt)' : ''}`,
  unknownChoice: (text: string, count: number) => `“${text}” không phải số thứ tự trong danh sách: hãy gõ một số từ 1 đến ${count}.`,
  driveServiceOff:
    'Chưa bật dịch vụ nâng cao Drive API cho tiện ích nên chưa xuất được văn bản. Hãy nhờ người quản trị tiện ích bật Drive API (v3) trong dự án Apps Script rồi xuất lại.',
  actionDocument: (label: string) => `Xuất ${label.charAt(0).toLowerCase()}${label.slice(1)}.`,
};

/** The menu “Nhập kết quả năm trước” (src/gas/history.ts). */
export const HISTORY_GAS_MSG = {
  ask: 'Dán đường liên kết (hoặc mã) bảng tính thi đua của năm học trước. Kết quả cuối năm của năm đó sẽ được thêm vào trang tính “Lịch sử”.',
  badLink: (text: string): string =>
    `“${text}” không phải đường liên kết của một bảng tính Google. Hãy mở bảng tính năm trước, sao chép đường liên kết trên thanh địa chỉ rồi dán lại.`,
  sameFile: 'Đây là chính bảng tính năm nay. Hãy dán đường liên kết bảng tính của năm học trước.',
  cannotOpen: (detail: string): string =>
    `Không mở được bảng tính năm trước (${detail}). Hãy kiểm tra đường liên kết và xin quyền xem tệp đó từ người sở hữu.`,
  added: (count: number, year: string): string => `Đã thêm ${count} dòng năm học ${year} vào trang tính “Lịch sử”.`,
  nothingNew: (year: string): string => `Năm học ${year} đã có đủ trong “Lịch sử”; không ghi gì.`,
  writeFailed: (detail: string): string =>
    `Chưa ghi được trang tính “Lịch sử” (${detail}); trang tính vẫn như cũ. Hãy thử lại sau ít phút.`,
  warnings: 'Cần xem lại:',
  more: (n: number): string => `… và ${n} mục khác.`,
  failed: (detail: string): string =>
    `Chưa nhập được kết quả năm trước (${detail}); trang tính “Lịch sử” vẫn như cũ. Hãy thử lại sau ít phút.`,
};
