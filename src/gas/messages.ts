// Every Vietnamese text the Apps Script shell shows: dialogs, prompts, toasts, notes, the log sheet.

function q(text: string): string {
  return `«${text}»`;
}

export const TITLE = 'Thi đua – Khen thưởng';

export const MSG = {
  busy: 'Đang có người khác tính kết quả, vui lòng thử lại sau ít phút.',
  unknownPhase: (id: string, known: string[]) =>
    known.length > 0
      ? `Không có đợt thi đua ${q(id)} (sheet Đợt thi đua). Các đợt hiện có: ${known.join(', ')}.`
      : `Không có đợt thi đua ${q(id)}: sheet Đợt thi đua chưa có đợt nào.`,
  noMembers: 'Sheet Hội đồng chưa có thành viên nào: chưa tạo được phiếu chấm.',
  noCriteria: (phase: string) => `Đợt ${phase} chưa có tiêu chí nào (sheet Tiêu chí): chưa tạo được phiếu chấm.`,
  noAwards: (phase: string) => `Đợt ${phase} chưa có khen thưởng nào (sheet Khen thưởng): chưa tạo được phiếu biểu quyết.`,
  memberWithoutEmail: (member: string, sheet: string) =>
    `Thành viên ${member} chưa có Email (sheet Hội đồng): sheet ${q(sheet)} chỉ chủ sở hữu bảng tính sửa được.`,
  memberEmailRefused: (member: string, email: string, sheet: string) =>
    `Thành viên ${member}: Google không nhận Email ${q(email)} (sheet Hội đồng): sheet ${q(sheet)} chỉ chủ sở hữu bảng tính sửa được.`,
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
  unexpected: (detail: string) => `Có lỗi khi thực hiện: ${detail}`,
  writeFailed: (detail: string) => `Không ghi được kết quả (kết quả cũ vẫn được giữ nguyên): ${detail}`,

  askPhase: (action: string, phases: string[]) =>
    `${action}\nNhập mã đợt thi đua${phases.length > 0 ? ` (${phases.join(', ')})` : ''}:`,
  actionCards: 'Tạo phiếu chấm điểm cho các thành viên Hội đồng.',
  actionVotes: 'Tạo phiếu biểu quyết của Hội đồng.',
  actionTally: 'Tính kết quả thi đua.',
  actionProposals: 'Xuất danh sách đề nghị khen thưởng.',

  setupDone: (created: string[], columns: number, params: number, warnings: string[] = []) =>
    [
      'Đã thiết lập bảng tính.',
      ...warnings,
      created.length > 0 ? `Sheet mới: ${created.join(', ')}.` : 'Không có sheet nào cần tạo thêm.',
      columns > 0 ? `Đã thêm ${columns} cột còn thiếu.` : '',
      params > 0 ? `Đã thêm ${params} tham số vào sheet Cấu hình.` : '',
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
      `Đã ghi kết quả vào sheet ${q(sheet)}.`,
      `Được khen thưởng: ${recipients} lượt; chờ Hội đồng quyết định: ${pending}.`,
      errors > 0 || warnings > 0 ? `Có ${errors} lỗi và ${warnings} cảnh báo: chọn Kiểm tra dữ liệu để xem và đi đến từng ô.` : '',
    ]
      .filter((line) => line !== '')
      .join('\n'),
  tallyNotWritten: (errors: number) => `Chưa ghi kết quả: có ${errors} lỗi.`,
  checkClean: 'Dữ liệu hợp lệ: không có lỗi hay cảnh báo nào.',
  checkTitle: (errors: number, warnings: number) => `Kiểm tra dữ liệu: ${errors} lỗi, ${warnings} cảnh báo`,
  checkHint: 'Bấm vào một ô để đi đến ô đó.',
  errorLabel: 'Lỗi',
  warningLabel: 'Cảnh báo',
  exportTitle: 'Đã xuất báo cáo',
  // a bound script's createAddonMenu() sits under Extensions › {script project title}: the README has the title set to “Thi đua”
  setupHint: 'Bảng tính chưa được thiết lập: chọn Tiện ích mở rộng › Thi đua › Thiết lập bảng tính.',
  helpTitle: 'Hướng dẫn sử dụng',
  help: [
    '1. Thiết lập bảng tính: tạo các sheet Cấu hình, Đơn vị, Cán bộ, Hội đồng, Đợt thi đua, Tiêu chí, Xếp loại, Danh mục, Khen thưởng, Đăng ký với tiêu đề, ghi chú và danh sách chọn. Chạy lại bất cứ lúc nào: chỉ thêm phần còn thiếu, không xóa dữ liệu.',
    '2. Nhập danh sách đơn vị, cán bộ, Hội đồng, đợt thi đua, tiêu chí và khen thưởng.',
    '3. Tạo phiếu chấm cho một đợt: mỗi thành viên Hội đồng có sheet «Chấm {đợt} {mã thành viên}» (và «Chấm TT …» cho tập thể), chỉ thành viên đó và chủ sở hữu sửa được.',
    '4. Tạo phiếu biểu quyết: sheet «Phiếu {đợt}», mỗi thành viên ghi Đ (đồng ý) hoặc K (không đồng ý) ở cột của mình.',
    '5. Kiểm tra dữ liệu: danh sách lỗi, bấm vào để đi đến ô cần sửa.',
    '6. Tính kết quả một đợt: ghi sheet «Kết quả {đợt}» và một dòng vào sheet Nhật ký.',
    '7. Xuất báo cáo: Tổng hợp đăng ký thi đua, Danh sách đề nghị khen thưởng (Google Trang tính và PDF trong thư mục Drive).',
  ],

  headerNoteCard: (text: string, min: number, max: number) => `${text}\nĐiểm từ ${min} đến ${max}; để trống nếu chưa chấm.`,
  memberColumnNote: (name: string) => `Phiếu của ${name}: Đ (đồng ý), K (không đồng ý) hoặc để trống.`,
  markHelp: (min: number, max: number) => `Nhập điểm từ ${min} đến ${max}.`,
  voteHelp: 'Nhập Đ (đồng ý) hoặc K (không đồng ý).',
  choiceHelp: (choices: string[]) => `Chọn một trong: ${choices.join(', ')}.`,
  codeHelp: (sheet: string) => `Chọn một mã có trong sheet ${sheet}.`,
  numberHelp: (min: number | undefined, max: number | undefined) =>
    min !== undefined && max !== undefined ? `Nhập số từ ${min} đến ${max}.` : min !== undefined ? `Nhập số không nhỏ hơn ${min}.` : `Nhập số không lớn hơn ${max}.`,
  dateHelp: 'Nhập ngày dạng dd/mm/yyyy.',
  cardProtection: (member: string) => `Phiếu chấm của ${member}`,
  voteProtection: (member: string) => `Phiếu biểu quyết của ${member}`,
  voteFixedProtection: 'Danh sách xét (chỉ chủ sở hữu sửa)',

  log: {
    headers: ['Thời gian', 'Người thực hiện', 'Thao tác', 'Đợt', 'Mã kiểm tra dữ liệu', 'Số lượt khen thưởng', 'Số chờ quyết định', 'Số lỗi', 'Liên kết'],
    tally: 'Tính kết quả',
    cards: 'Tạo phiếu chấm',
    votes: 'Tạo phiếu biểu quyết',
    setup: 'Thiết lập bảng tính',
  },
} as const;
