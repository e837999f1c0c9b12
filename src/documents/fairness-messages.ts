// Labels of the `Thống kê chấm {đợt}` sheet (the sentences themselves are core/fairness/messages.ts).
import type { Kind } from '../core/model';

export const FAIRNESS = {
  title: (phaseName: string, phaseId: string) => `THỐNG KÊ CHẤM ĐIỂM CỦA HỘI ĐỒNG – ${phaseName} (${phaseId})`,
  intro:
    'Mỗi thành viên được so với trung bình các thành viên còn lại trên cùng những người họ cùng chấm (không tính điểm tự chấm). ' +
    '“Độ lệch chuẩn” là độ lệch chuẩn của điểm đợt này; “tương quan thứ tự” bằng 1 khi thành viên xếp thứ tự giống hệt các thành viên còn lại.',
  membersHeading: 'I. CÁCH CHẤM CỦA TỪNG THÀNH VIÊN',
  membersHeader: [
    'Mã thành viên',
    'Họ và tên',
    'Đối tượng',
    'Số người đã chấm',
    'Lệch so với Hội đồng (điểm)',
    'Lệch (độ lệch chuẩn)',
    'Tương quan thứ tự',
    'Nhận xét',
    'Giải thích',
  ],
  noMembers: 'Đợt này không có phiếu chấm nào để thống kê.',
  agreementHeading: 'II. MỨC THỐNG NHẤT CỦA HỘI ĐỒNG (hệ số W của Kendall: 1 là mọi thành viên xếp thứ tự như nhau, 0 là không liên quan)',
  agreementHeader: ['Đối tượng', 'Cách tính', 'W', 'χ²', 'Bậc tự do', 'p', 'Đánh giá', '', 'Giải thích'],
  method: { complete: 'Đủ bảng', pairwise: 'Theo từng cặp' } as Record<'complete' | 'pairwise', string>,
  sensitivityHeading: 'III. QUYẾT ĐỊNH PHỤ THUỘC VÀO ĐIỂM CỦA MỘT THÀNH VIÊN',
  sensitivityHeader: ['Mã thành viên', 'Họ và tên', 'Khen thưởng', 'Không còn', 'Được thêm', '', '', '', 'Giải thích'],
  normalisationHeading: 'IV. CHUẨN HÓA ĐIỂM THEO THÀNH VIÊN',
  kind: (kind: Kind) => (kind === 'staff' ? 'Cá nhân' : 'Tập thể'),
};
