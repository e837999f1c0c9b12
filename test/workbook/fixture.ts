// A small valid school as sheet tables; tests copy it and break one thing at a time.
import { formatCell } from '../../src/core/cellref';
import type { Problem } from '../../src/core/model';
import { readSchool } from '../../src/workbook/read-school';
import { MemoryWorkbook } from './memory-workbook';
import type { MemorySheet } from './memory-workbook';

export function schoolSheets(): Record<string, unknown[][]> {
  return {
    'Cấu hình': [
      ['Tham số', 'Giá trị'],
      ['Tên trường', 'Trường THCS Nguyễn Du'],
      ['Năm học', '2025-2026'],
      ['Cách tổng hợp điểm', 'Trung vị'],
      ['Số chữ số thập phân', 1],
    ],
    'Đơn vị': [
      ['Mã đơn vị', 'Tên đơn vị', 'Loại'],
      ['T1', 'Tổ Toán', 'Tổ'],
      ['T2', 'Tổ Văn', 'Tổ'],
    ],
    'Cán bộ': [
      [
        'Mã CB',
        'Họ và tên',
        'Mã đơn vị',
        'Chức vụ',
        'Giới tính',
        'Ngày sinh',
        'Số tháng công tác',
        'Kỷ luật',
        'Xếp loại viên chức',
        'Sáng kiến',
        'Đang công tác',
      ],
      ['CB001', 'Nguyễn Văn An', 'T1', 'Giáo viên', 'Nam', '05/09/1985', '', '', 'HTXSNV', 'Có', ''],
      ['CB002', 'Trần Thị Bình', 't1', 'Tổ trưởng', 'Nữ', '', 10, 'Khiển trách', 'HTTNV', '', ''],
      ['CB003', 'Lê Văn Cường', 'T2', 'Giáo viên', 'Nam', '', '', '', '', 'x', 'Không'],
    ],
    'Hội đồng': [
      ['Mã thành viên', 'Họ và tên', 'Mã CB', 'Vai trò'],
      ['TV01', 'Nguyễn Văn An', 'CB001', 'Chủ tịch'],
      ['TV02', 'Phạm Văn Dũng', '', 'Ủy viên'],
    ],
    'Đợt thi đua': [
      ['Mã đợt', 'Tên đợt', 'Loại', 'Trọng số cả năm'],
      ['D1', 'Đợt 1', 'Đợt', ''],
      ['CN', 'Cả năm', 'Cả năm', ''],
    ],
    'Tiêu chí': [
      ['Mã tiêu chí', 'Nội dung', 'Đối tượng', 'Điểm tối thiểu', 'Điểm tối đa', 'Trọng số', 'Đợt áp dụng', 'Ưu tiên khi bằng điểm'],
      ['TC01', 'Chuyên môn', 'Cá nhân', '', 10, '', '', 1],
      ['TC02', 'Ngày công', '', '', 20, 2, 'D1', ''],
      ['TT01', 'Phong trào tổ', 'Tập thể', '', 10, '', '', ''],
    ],
    'Xếp loại': [
      ['Xếp loại', 'Điểm từ'],
      ['Tốt', 80],
      ['Khá', 65],
    ],
    'Danh mục': [
      ['Mã', 'Tên', 'Loại', 'Đối tượng'],
      ['LDTT', 'Lao động tiên tiến', 'Danh hiệu', 'Cá nhân'],
      ['TTLDTT', 'Tập thể lao động tiên tiến', 'Danh hiệu', 'Tập thể'],
    ],
    'Khen thưởng': [
      [
        'Mã đợt',
        'Mã khen thưởng',
        'Tên',
        'Đối tượng',
        'Cách xét',
        'Số lượng',
        'Tỷ lệ tối đa (%)',
        'Điểm sàn',
        'Cần khen thưởng',
        'Thứ tự xét',
      ],
      ['D1', 'GK', 'Giấy khen', 'Cá nhân', 'Chỉ tiêu', 2, 50, 70, '', 1],
      ['D1', 'GKTT', 'Giấy khen tập thể', 'Tập thể', 'Tiêu chuẩn', '', '', '', '', 2],
    ],
    'Đăng ký': [
      ['Mã', 'Mã danh mục', 'Tên sáng kiến', 'Ghi chú'],
      ['CB001', 'LDTT', 'Dạy học dự án', ''],
      ['T1', 'TTLDTT', '', ''],
    ],
    'Chấm D1 TV02': [
      ['Mã', 'Họ và tên', 'Đơn vị', 'TC01', 'TC02'],
      ['CB001', 'Nguyễn Văn An', 'T1', 9, '18,5'],
      ['CB002', 'Trần Thị Bình', 'T1', 8.5, ''],
    ],
    'Chấm TT D1 TV01': [
      ['Mã', 'Họ và tên', 'TT01'],
      ['T1', 'Tổ Toán', 7],
    ],
    'Phiếu D1': [
      ['Mã', 'Họ và tên', 'Mã khen thưởng', 'TV01', 'TV02'],
      ['CB001', 'Nguyễn Văn An', 'GK', 'Đ', 'đ'],
      ['CB002', 'Trần Thị Bình', 'GK', 'K', 'Đ'],
    ],
  };
}

export function schoolWorkbook(change?: (sheets: Record<string, unknown[][] | MemorySheet>) => void): MemoryWorkbook {
  const sheets: Record<string, unknown[][] | MemorySheet> = schoolSheets();
  change?.(sheets);
  return new MemoryWorkbook(sheets);
}

/** Problems as `(cảnh báo) Sheet!A1: message` lines, for exact comparisons. */
export function lines(problems: Problem[]): string[] {
  return problems.map((p) => `${p.severity === 'warning' ? '(cảnh báo) ' : ''}${p.where ? formatCell(p.where) : '-'}: ${p.message}`);
}

/** The fixture school with one change, read. */
export function read(change: (s: Record<string, unknown[][]>) => void): ReturnType<typeof readSchool> {
  const sheets = schoolSheets();
  change(sheets);
  return readSchool(new MemoryWorkbook(sheets));
}
