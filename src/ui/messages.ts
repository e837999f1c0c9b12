// Every Vietnamese text the sidebar shows. Functions take the numbers already formatted (see format.ts).

export const M = {
  appTitle: 'Thi đua – Khen thưởng',
  loading: 'Đang tải thông tin bảng tính…',
  devModeNotice: 'Chế độ thử trên máy: dữ liệu đọc từ tệp .xlsx, không phải Google Trang tính.',

  stepPhase: '1. Chọn đợt thi đua',
  phaseLabel: 'Đợt thi đua',
  noPhases: 'Chưa có đợt thi đua nào trong trang “Đợt thi đua”.',
  yearEnd: 'cả năm',

  stepCheck: '2. Kiểm tra dữ liệu',
  checkButton: 'Kiểm tra dữ liệu',
  checking: 'Đang kiểm tra dữ liệu…',
  noProblems: 'Dữ liệu hợp lệ: không có lỗi, không có cảnh báo.',
  problemsHint: 'Bấm vào một dòng để chọn ô đó trong bảng tính.',
  severityError: 'Lỗi',
  severityWarning: 'Cảnh báo',
  problemsHeading: 'Các vấn đề trong dữ liệu',

  stepTally: '3. Tính kết quả',
  tallyButton: 'Tính kết quả',
  tallyRunning: 'Đang tính…',
  progressLabel: 'Tiến trình tính kết quả',
  progressRead: 'Đọc và kiểm tra dữ liệu',
  progressCompute: 'Tính điểm, xếp hạng, xét khen thưởng',
  progressWrite: 'Ghi trang kết quả',
  stateWaiting: 'chờ',
  stateRunning: 'đang chạy',
  stateDone: 'xong',
  stateFailed: 'không thành công',
  stateSkipped: 'không ghi',

  resultsHeading: 'Kết quả',
  awardsHeading: 'Khen thưởng',
  noAwards: 'Đợt này chưa có dòng nào trong trang “Khen thưởng”.',
  quotaLabel: 'Chỉ tiêu',
  unlimited: 'không giới hạn',
  byUnitLabel: 'Chia theo đơn vị',
  recipientsLabel: 'Được khen thưởng',
  noRecipients: 'Chưa ai đạt.',
  pendingBadge: 'Chờ Hội đồng quyết định',
  awardedBadge: 'Đạt',
  missingBadge: 'Thiếu điểm',
  chartHeading: 'Phân bố điểm theo đơn vị',
  chartLegendAwarded: 'được khen thưởng',
  chartLegendOther: 'chưa được khen thưởng',
  chartLegendMedian: 'trung vị',
  chartEmpty: 'Chưa có điểm để vẽ biểu đồ.',
  rankingHeading: 'Xếp hạng cá nhân',
  unitRankingHeading: 'Xếp hạng tập thể',
  filterLabel: 'Lọc theo đơn vị',
  filterAll: 'Tất cả đơn vị',
  rankingEmpty: 'Không có ai trong đơn vị này.',
  colRank: 'Hạng',
  colName: 'Họ và tên',
  colScore: 'Điểm',
  criteriaHeading: 'Điểm từng tiêu chí',
  notScored: 'chưa chấm',
  reasonsHeading: 'Khen thưởng không đạt',
  noReasons: 'Không có khen thưởng nào bị loại.',
  awardsReceived: 'Đạt',
  rawTotal: 'Tổng điểm thô',
  bandLabel: 'Xếp loại',
  noBand: 'chưa xếp loại',
  unitLabel: 'Đơn vị',

  stepExport: '4. Xuất báo cáo',
  exporting: 'Đang xuất…',
  exportLinksLabel: 'Tệp đã tạo',
  exportNoLinks: 'Không tạo được tệp nào.',

  errorTitle: 'Không thực hiện được',
  close: 'Đóng',
} as const;

export const plural = {
  problems: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
  seats: (n: number) => `${n} suất`,
  openSeats: (n: number) => `Còn ${n} suất chưa trao`,
  people: (n: number) => `${n} người`,
  participants: (staff: number, units: number) =>
    units > 0 ? `${staff} cá nhân, ${units} tập thể` : `${staff} cá nhân`,
};

export const text = {
  phaseOption: (id: string, name: string, period: string, isYear: boolean) =>
    `${id} — ${name}${isYear ? ` (${M.yearEnd})` : ''}${period ? `, ${period}` : ''}`,
  rankShort: (rank: number | null) => (rank === null ? '—' : `#${rank}`),
  rankLong: (rank: number | null) => (rank === null ? 'không xếp hạng' : `hạng ${rank}`),
  resultSheetWritten: (sheet: string) => `Đã ghi vào trang “${sheet}”.`,
  resultSheetNotWritten: 'Không ghi trang kết quả (chỉ xem).',
  tallySummary: (phase: string, people: string) => `${phase}: ${people}.`,
  tallyProblems: (problems: string) => `Có ${problems} khi tính; xem mục 2.`,
  exportDocumentButton: (label: string, phaseId: string) => `${label} (${phaseId})`,
  notReceived: (awardName: string) => `Không đạt ${awardName}`,
  goToCellNotice: (cell: string) =>
    `Chế độ thử không chọn được ô. Hãy mở tệp và tìm ô ${cell}.`,
  goToCellDone: (cell: string) => `Đã chọn ô ${cell}.`,
  chartTitle: (phase: string) => `Điểm của từng người theo đơn vị, ${phase}`,
  chartUnitSummary: (unit: string, count: number, min: string, max: string, median: string) =>
    `${unit}: ${count} người, điểm từ ${min} đến ${max}, trung vị ${median}`,
  seatsOfUnit: (unit: string, seats: number) => `${unit}: ${seats}`,
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
  } as Record<string, string>,
  heading: (action: string) => `${M.errorTitle} việc ${action}.`,
  noConnection: 'Không kết nối được với Google. Hãy tải lại bảng điều khiển (đóng rồi mở lại).',
  network: 'Mất kết nối mạng. Hãy kiểm tra Internet rồi thử lại.',
  // "Authorization is required" / PERMISSION_DENIED from google.script.run: almost always a browser signed in to
  // several Google accounts (the sidebar runs as the default account, not the one that opened the spreadsheet).
  authorization:
    'Google không nhận ra tài khoản đang mở bảng tính, thường vì trình duyệt đang đăng nhập nhiều tài khoản Google cùng lúc. Hãy mở bảng tính trong một cửa sổ ẩn danh và chỉ đăng nhập một tài khoản, hoặc đăng xuất các tài khoản khác rồi mở lại bảng tính.',
  permission: 'Tài khoản của bạn không có quyền sửa phần này của bảng tính. Hãy nhờ chủ sở hữu bảng tính chia sẻ quyền chỉnh sửa rồi thử lại.',
  timeout: 'Máy chủ Google chạy quá thời gian cho phép. Hãy thử lại; nếu lặp lại, hãy chia nhỏ dữ liệu.',
  busy: 'Một thao tác khác đang chạy trên bảng tính này. Hãy đợi một lát rồi thử lại.',
  emptyResult: 'Máy chủ không trả về kết quả. Hãy thử lại.',
  unknown: 'Lỗi không rõ nguyên nhân.',
  detail: (message: string) => `Chi tiết: ${message}`,
};
