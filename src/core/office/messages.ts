// Every Vietnamese text of the office's consolidation checks (issue 16).
import { formatNumberVi } from '../numbers';

const pct = (x: number): string => `${formatNumberVi(Math.round(x * 1000) / 10)}%`;
const date = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
};

export const OFFICE = {
  missing: 'Chưa nộp',
  unreadable: 'Không đọc được',
  otherYear: 'Khác năm học',
  missingDetail: 'Không tìm thấy tệp “Tổng hợp đăng ký” của trường; liên hệ trường để nộp.',
  otherYearDetail: (found: string, wanted: string): string =>
    `Tệp ghi năm học “${found || 'không rõ'}”, cơ quan thu năm học “${wanted}”; đề nghị trường xuất lại đúng năm học.`,
  duplicate: (name: string, birthDate: string, titles: string): string =>
    `“${name}” (sinh ngày ${date(birthDate)}) được đăng ký ở nhiều trường (${titles}); đề nghị các trường xác nhận một nơi đăng ký.`,
  sameName: (name: string): string =>
    `Trùng họ tên “${name}” ở nhiều trường, thiếu ngày sinh nên không phân biệt được; kiểm tra lại nếu là cùng một người.`,
  cap: (title: string, count: number, of: number, share: number, cap: number): string =>
    `${title}: ${count}/${of} cá nhân (${pct(share)}) vượt tỉ lệ tối đa ${pct(cap)}; đề nghị trường rà soát lại.`,
  late: (modified: string, deadline: string): string =>
    `Tệp được sửa lúc ${date(modified)} ${modified.slice(11, 16)}, sau hạn nộp ${date(deadline)}; xem lại phần đã sửa.`,
  unknownFile: (file: string, school: string): string =>
    `Tệp “${file}” (${school || 'không rõ trường'}) không khớp trường nào trong trang tính “Trường”; thêm trường vào danh sách hoặc bỏ tệp.`,
  twoFiles: (files: string, used: string): string =>
    `Trường có nhiều tệp (${files}); dùng tệp sửa sau cùng “${used}”. Bỏ các tệp cũ nếu không cần.`,
  schoolLabel: (code: string, name: string): string => [code, name].filter((s) => s !== '').join(' '),
};
