// Texts of the panel "Độ thống nhất của Hội đồng" (the sentences about members come from the server, ready to show).

export const FM = {
  heading: 'Độ thống nhất của Hội đồng',
  intro:
    'Mỗi chấm tròn là một thành viên Hội đồng. Chấm nằm ở vạch giữa: thành viên đó cho điểm giống các thành viên còn lại; ' +
    'lệch sang phải: cho điểm cao hơn; lệch sang trái: cho điểm thấp hơn.',
  lower: '← chấm thấp hơn',
  higher: 'chấm cao hơn →',
  centre: 'Hội đồng',
  kindTitle: { staff: 'Khi chấm cá nhân', unit: 'Khi chấm tập thể' } as Record<'staff' | 'unit', string>,
  legend: { ok: 'bình thường', dễ: 'chấm dễ', 'khắt khe': 'chấm khắt khe', 'khác biệt': 'xếp thứ tự khác hẳn' } as Record<string, string>,
  flagsHeading: 'Thành viên cần lưu ý',
  noFlags: 'Không thành viên nào chấm lệch hẳn so với Hội đồng.',
  sensitivityHeading: 'Quyết định phụ thuộc vào một thành viên',
  normalisationHeading: 'Chuẩn hóa điểm theo thành viên',
  noMembers: 'Đợt này không có phiếu chấm riêng để thống kê.',
  chartTitle: (kind: string) => `Độ lệch của từng thành viên so với Hội đồng, ${kind.toLowerCase()}`,
  dotTitle: (id: string, name: string, points: string, sd: string) => `${id} ${name}: lệch ${points} điểm (${sd} độ lệch chuẩn)`,
  unplotted: (ids: string) => `Chưa đủ dữ liệu để vẽ: ${ids}.`,
};
