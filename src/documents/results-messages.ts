// Labels of the `Kết quả {đợt}` sheet.

/** Labels of the `Kết quả {đợt}` sheet. */
export const RESULT = {
  title: (phaseName: string, phaseId: string) => `KẾT QUẢ THI ĐUA – ${phaseName} (${phaseId})`,
  awardsHeading: 'KHEN THƯỞNG',
  rankingHeading: 'BẢNG XẾP HẠNG',
  staff: 'Cá nhân',
  unit: 'Tập thể',
  awardHeader: ['Mã', 'Khen thưởng', 'Đối tượng', 'Chỉ tiêu', 'Được khen thưởng', 'Chờ quyết định', 'Còn trống'],
  unlimited: 'Không giới hạn',
  byUnit: 'Phân bổ theo đơn vị',
  recipients: 'Được khen thưởng',
  pending: 'Chờ Hội đồng quyết định',
  none: '(không có)',
  listHeader: ['TT', 'Mã', 'Họ và tên', 'Đơn vị', 'Điểm', 'Hạng'],
  rankingFixedHeader: ['Hạng', 'Mã', 'Họ và tên', 'Đối tượng', 'Đơn vị', 'Điểm', 'Tổng điểm thô', 'Xếp loại', 'Trạng thái'],
  awardsColumn: 'Khen thưởng đạt',
  pendingColumn: 'Chờ quyết định',
  reasonsColumn: 'Lý do không đạt',
  unnormalisedColumn: 'Điểm chưa chuẩn hóa',
  statusOk: 'Đủ điểm',
  statusMissing: 'Thiếu điểm',
  problemsHeading: (errors: number, warnings: number) => `Có ${errors} lỗi và ${warnings} cảnh báo: xem Kiểm tra dữ liệu`,
  seats: (n: number) => `${n} chỉ tiêu`,
};
