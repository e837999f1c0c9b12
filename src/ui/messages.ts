// Every Vietnamese text the sidebar shows. Functions take the numbers already formatted (see format.ts).

export const M = {
  appTitle: 'Thi đua – Khen thưởng',
  loading: 'Đang tải thông tin bảng tính…',
  devModeNotice: 'Chế độ thử trên máy: dữ liệu đọc từ tệp .xlsx, không phải Google Trang tính.',

  phaseLabel: 'Đợt thi đua',
  noPhases: 'Chưa có đợt thi đua nào. Hãy thêm một dòng vào trang tính “Đợt thi đua” rồi mở lại bảng điều khiển.',
  yearEnd: 'cả năm',

  tabsLabel: 'Các bước',
  tabCheck: 'Kiểm tra',
  tabResults: 'Kết quả',
  tabExport: 'Xuất',

  checkHeading: 'Kiểm tra dữ liệu',
  checkIntro: 'Kiểm tra mọi trang tính như khi tính kết quả và khi xuất tài liệu.',
  checkButton: 'Kiểm tra dữ liệu',
  checking: 'Đang kiểm tra dữ liệu…',
  noProblems: 'Dữ liệu hợp lệ: không có lỗi, không có cảnh báo.',
  problemsHint: 'Bấm vào một dòng để chọn ô đó trong bảng tính.',
  severityError: 'Lỗi',
  severityWarning: 'Cảnh báo',
  problemsHeading: 'Các vấn đề trong dữ liệu',
  notChecked: 'Chưa kiểm tra. Bấm “Kiểm tra dữ liệu” để xem lỗi và cảnh báo trước khi tính.',

  tallyButton: 'Tính kết quả',
  tallyRunning: 'Đang tính…',
  progressLabel: 'Tiến trình tính kết quả',
  progressRead: 'Đọc và kiểm tra dữ liệu',
  progressCompute: 'Tính điểm, xếp hạng, xét khen thưởng',
  progressWrite: 'Ghi trang tính kết quả',
  stateWaiting: 'chờ',
  stateRunning: 'đang chạy',
  stateDone: 'xong',
  stateFailed: 'không thành công',
  stateSkipped: 'không ghi',
  stateFlagged: 'có lỗi',
  stateStopped: 'dừng lại',
  showErrors: 'Xem các lỗi',

  resultsIntro: 'Chưa tính kết quả đợt này. Hãy bấm “Tính kết quả” ở cuối bảng điều khiển.',
  awardsHeading: 'Khen thưởng',
  noAwards: 'Đợt này chưa có khen thưởng nào. Hãy thêm các dòng của đợt vào trang tính “Khen thưởng”.',
  quotaLabel: 'Chỉ tiêu',
  unlimited: 'không giới hạn',
  byUnitLabel: 'Chia theo đơn vị',
  recipientsLabel: 'Được khen thưởng',
  noRecipients: 'Chưa ai đạt.',
  pendingBadge: 'Chờ Hội đồng quyết định',
  awardedBadge: 'Đạt',
  missingBadge: 'Thiếu điểm',
  chartHeading: 'Phân bố điểm theo đơn vị',
  chartAxis: 'Điểm',
  chartUnitsRow: 'Các tập thể',
  chartLegendOther: 'Chưa được khen thưởng',
  chartLegendMedian: 'Trung vị của đơn vị',
  chartEmpty: 'Chưa có điểm để vẽ biểu đồ.',
  rankingHeading: 'Xếp hạng cá nhân',
  unitRankingHeading: 'Xếp hạng tập thể',
  filterLabel: 'Lọc theo đơn vị',
  filterAll: 'Tất cả đơn vị',
  rankingEmpty: 'Không có ai trong đơn vị này.',
  rankingEmptyAll:
    'Kết quả đợt này chưa có cá nhân nào. Hãy kiểm tra trang tính “Cán bộ” (cần ít nhất một người đang công tác) rồi tính lại.',
  colRank: 'Hạng',
  colName: 'Họ và tên',
  colScore: 'Điểm',
  criteriaHeading: 'Điểm từng tiêu chí',
  notScored: 'chưa chấm',
  yearHeading: 'Điểm cả năm được tính từ các đợt',
  yearPhase: 'Đợt',
  yearWeight: 'Hệ số',
  yearScore: 'Điểm',
  reasonsHeading: 'Kết quả xét khen thưởng',
  noReasons: 'Đợt này không xét danh hiệu hay hình thức khen thưởng nào cho đối tượng này.',
  awardsReceived: 'Đạt',
  rawTotal: 'Tổng điểm thô',
  bandLabel: 'Xếp loại',
  noBand: 'chưa xếp loại',
  unitLabel: 'Đơn vị',
  tieBadge: 'Đồng hạng',

  exportHeading: 'Xuất tài liệu',
  exportYearGroup: 'Cả năm học',
  exporting: 'Đang xuất…',
  exportChecking: 'Đang kiểm tra dữ liệu…',
  exportLinksLabel: 'Tệp đã tạo',
  exportNoLinks: 'Không tạo được tệp nào. Hãy bấm xuất lại; nếu vẫn vậy, hãy xem các lỗi ở thẻ “Kiểm tra”.',
  exportNeedsPhase: 'Hãy chọn một đợt thi đua ở trên để xuất tài liệu của đợt.',
  toExport: 'Xuất tài liệu',
  nextLabel: 'Việc tiếp theo',

  collectionLabel: 'Thu thập hồ sơ các trường',
  collectionRunning: 'Việc thu tự tiếp tục cho đến khi xong (không cần bấm lại); khi xong, xem trang tính “Theo trường”.',

  errorTitle: 'Không thực hiện được',
  close: 'Đóng',
} as const;

export const plural = {
  problems: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
  errors: (n: number) => `${n} lỗi`,
  seats: (n: number) => `${n} suất`,
  openSeats: (n: number) => `Còn ${n} suất chưa trao`,
  people: (n: number) => `${n} người`,
  participants: (staff: number, units: number) => (units > 0 ? `${staff} cá nhân, ${units} tập thể` : `${staff} cá nhân`),
};

export const text = {
  /** the picker's option: the short name (before “ – ”) */
  phaseOption: (shortName: string, isYear: boolean) =>
    `${shortName}${isYear && !shortName.toLocaleLowerCase('vi').includes(M.yearEnd) ? ` (${M.yearEnd})` : ''}`,
  /** the line under the picker: the rest of the name and the dates */
  phaseDetail: (rest: string, period: string) => [rest, period].filter(Boolean).join(' · '),
  schoolYear: (years: string) => `Năm học ${years}`,
  rankShort: (rank: number | null) => (rank === null ? '—' : `Hạng ${rank}`),
  rankLong: (rank: number | null) => (rank === null ? 'không xếp hạng' : `hạng ${rank}`),
  entryLabel: (rank: string, name: string, score: string, awards: string) =>
    `${rank}, ${name}, ${score} điểm${awards ? `, ${awards}` : ''}. Bấm để xem chi tiết.`,
  /** 'An, Bình, Cường và 4 người khác' */
  nameList: (names: string[], more: number) =>
    more > 0
      ? `${names.join(', ')} và ${more} người khác`
      : names.length > 1
        ? `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`
        : names.join(''),
  tieShared: (rank: number, others: string, why: string) => `Bằng điểm, đồng hạng ${rank} với ${others}. ${why}`,
  tieEqualTieBreaks: (criteria: string) =>
    `Các tiêu chí ưu tiên khi bằng điểm (${criteria}) cũng bằng nhau; trong cùng hạng, thứ tự theo tên.`,
  tieNoTieBreak:
    'Đợt này không có tiêu chí ưu tiên khi bằng điểm (cột “Ưu tiên khi bằng điểm” của trang tính “Tiêu chí”); trong cùng hạng, thứ tự theo tên.',
  tieNoTieBreakYear: 'Điểm cả năm không xét tiêu chí ưu tiên khi bằng điểm; trong cùng hạng, thứ tự theo tên.',
  tieBroken: (others: string, criterion: string) => `Bằng điểm với ${others}; xếp hạng theo tiêu chí ưu tiên khi bằng điểm “${criterion}”.`,
  resultSheetWritten: (sheet: string) => `Đã ghi vào trang tính “${sheet}”.`,
  resultSheetNotWritten: 'Không ghi trang tính kết quả (chỉ xem).',
  openResultSheet: (sheet: string) => `Mở trang tính “${sheet}”`,
  resultsHeading: (phaseShort: string) => `Kết quả ${phaseShort}`,
  tallySummary: (phase: string, people: string) => `${phase}: ${people}.`,
  tallyProblems: (problems: string) => `Khi tính có ${problems}. Hãy xem thẻ “Kiểm tra”.`,
  tallyOnErrors: (errors: number) =>
    `Kết quả này tính trên dữ liệu còn ${errors} lỗi: có thể thiếu người hoặc sai điểm. Hãy sửa lỗi ở thẻ “Kiểm tra” rồi tính lại.`,
  confirmErrors: (errors: number, what: string) =>
    `Dữ liệu còn ${errors} lỗi. Nếu vẫn ${what}, những người và tiêu chí có lỗi sẽ bị thiếu hoặc sai. Hãy sửa lỗi ở thẻ “Kiểm tra” trước.`,
  forceTally: (errors: number) => `Vẫn tính dù có ${errors} lỗi`,
  forceExport: (errors: number) => `Vẫn xuất dù có ${errors} lỗi`,
  whatTally: 'tính',
  whatExport: 'xuất',
  readFlagged: (errors: number) => `Dữ liệu có ${errors} lỗi.`,
  computeFlagged: (errors: number) => `Đã tính, nhưng kết quả có thể sai vì ${errors} lỗi.`,
  exporting: (seconds: number) => (seconds >= 2 ? `${M.exporting} ${seconds} giây` : M.exporting),
  exportDone: (time: string) => `Xuất lúc ${time}`,
  documentFor: (label: string, phase: string) => `${label} – ${phase}`,
  phaseGroup: (phase: string) => `Tài liệu của ${phase}`,
  notReceived: (awardName: string) => `Không đạt ${awardName}`,
  goToCellNotice: (cell: string) => `Chế độ thử không chọn được ô. Hãy mở tệp và tìm ô ${cell}.`,
  goToCellDone: (cell: string) => `Đã chọn ô ${cell}.`,
  sheetOpened: (sheet: string) => `Đã mở trang tính “${sheet}”.`,
  sheetNotice: (sheet: string) =>
    `Chế độ thử không mở được trang tính. Hãy mở bản sao .xlsx có trang tính “${sheet}” trong thư mục kết quả (mặc định: out).`,
  showAll: (n: number) => `Xem tất cả (${n})`,
  chartTitle: (phase: string) => `Điểm của từng người theo đơn vị, ${phase}`,
  chartUnitSummary: (unit: string, count: number, min: string, max: string, median: string) =>
    `${unit}: ${count} người, điểm từ ${min} đến ${max}, trung vị ${median}`,
  seatsOfUnit: (unitName: string, seats: number) => `${unitName}: ${seats}`,
  reasonLine: (awardName: string, reason: string) => `${awardName}: ${reason}`,
  expandHint: (name: string) => `Xem chi tiết của ${name}`,
};

/** Failures of a server call, in words a teacher understands. */
export const failure = {
  action: {
    getOverview: 'tải thông tin bảng tính',
    validateData: 'kiểm tra dữ liệu',
    runTally: 'tính kết quả',
    exportDocument: 'xuất văn bản',
    goToCell: 'chọn ô trong bảng tính',
    getCollectionProgress: 'xem tiến độ thu hồ sơ các trường',
  } as Record<string, string>,
  heading: (action: string) => `${M.errorTitle} việc ${action}.`,
  noConnection: 'Không kết nối được với Google. Hãy tải lại bảng điều khiển (đóng rồi mở lại).',
  network: 'Mất kết nối mạng. Hãy kiểm tra Internet rồi thử lại.',
  // "Authorization is required" / PERMISSION_DENIED from google.script.run: almost always a browser signed in to
  // several Google accounts (the sidebar runs as the default account, not the one that opened the spreadsheet).
  authorization:
    'Google không nhận ra tài khoản đang mở bảng tính, thường vì trình duyệt đang đăng nhập nhiều tài khoản Google cùng lúc. Hãy mở bảng tính trong một cửa sổ ẩn danh và chỉ đăng nhập một tài khoản, hoặc đăng xuất các tài khoản khác rồi mở lại bảng tính.',
  permission:
    'Tài khoản của bạn không có quyền sửa phần này của bảng tính. Hãy nhờ chủ sở hữu bảng tính chia sẻ quyền chỉnh sửa rồi thử lại.',
  timeout: 'Máy chủ Google chạy quá thời gian cho phép. Hãy thử lại; nếu lặp lại, hãy chia nhỏ dữ liệu.',
  busy: 'Một thao tác khác đang chạy trên bảng tính này. Hãy đợi một lát rồi thử lại.',
  emptyResult: 'Máy chủ không trả về kết quả. Hãy thử lại.',
  unknown: 'Lỗi không rõ nguyên nhân.',
  /** after a message that does not say what to do next (an untranslated Apps Script error) */
  retry: 'Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại bảng điều khiển.',
  /**
   * A message as it is when it is ours (Vietnamese: the server's messages say what to do next); an untranslated
   * one (Apps Script's English) gets the general advice after it.
   */
  withNextStep: (message: string) =>
    /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i.test(message) && message !== failure.unknown
      ? message
      : `${/[.!?…]$/.test(message) ? message : `${message}.`} ${failure.retry}`,
  detail: (message: string) => `Chi tiết: ${message}`,
};
