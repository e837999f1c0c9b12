// A deterministic, full-size thidua workbook (SPEC §2) for benchmarks and large-file tests.
import type { CellValue, OutputSheet } from '../../workbook/port';
import { SHEET } from '../../core/sheet-names';

/** Park–Miller style generator: the same workbook on every run. */
function makeRandom(seed: number): () => number {
  let state = seed % 2147483647;
  if (state <= 0) state += 2147483646;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Thu', 'Kim'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hoa',
  'Hùng',
  'Lan',
  'Linh',
  'Mai',
  'Nam',
  'Phong',
  'Quang',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Yến',
];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function syntheticWorkbookSheets(staff: number, members: number, criteria: number): OutputSheet[] {
  const random = makeRandom(20252026);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const unitCount = Math.max(1, Math.ceil(staff / 25));
  const unitCodes = Array.from({ length: unitCount }, (_, i) => `T${i + 1}`);
  const staffRows: CellValue[][] = [];
  for (let i = 1; i <= staff; i++) {
    const female = random() < 0.6;
    const name = `${pick(FAMILY)} ${female ? 'Thị' : pick(MIDDLE)} ${pick(GIVEN)}`;
    const rating = random() < 0.2 ? 'HTXSNV' : 'HTTNV';
    staffRows.push([
      `CB${pad(i, 4)}`,
      name,
      unitCodes[(i - 1) % unitCount],
      'Giáo viên',
      female ? 'Nữ' : 'Nam',
      new Date(Date.UTC(1970 + Math.floor(random() * 30), Math.floor(random() * 12), 1 + Math.floor(random() * 28))),
      `cb${pad(i, 4)}@truong.edu.vn`,
      12,
      '',
      rating,
      random() < 0.1 ? 'Có' : 'Không',
      'Có',
    ]);
  }
  const memberCodes = Array.from({ length: members }, (_, i) => `TV${pad(i + 1, 2)}`);
  const criterionCodes = Array.from({ length: criteria }, (_, i) => `TC${pad(i + 1, 2)}`);
  const maxOf = (k: number): number => (k % 3 === 0 ? 5 : 10);
  const bold = { bold: true, fill: '#D9E2F3', border: 'all' as const };

  const sheets: OutputSheet[] = [
    {
      name: SHEET.config,
      rows: [
        ['Tham số', 'Giá trị'],
        ['Tên trường', 'Trường THPT Thử Nghiệm'],
        ['Cơ quan chủ quản', 'Sở GD&ĐT Tỉnh Mẫu'],
        ['Ký hiệu trường', 'THPTTN'],
        ['Địa danh', 'Thành phố Mẫu'],
        ['Năm học', '2025-2026'],
        ['Hiệu trưởng', 'Nguyễn Văn Hiệu'],
        ['Nơi nhận báo cáo', 'Sở GD&ĐT Tỉnh Mẫu'],
        ['Cách tổng hợp điểm', 'Trung bình'],
        ['Số chữ số thập phân', 2],
      ],
      styles: [{ range: { row: 1, col: 1, cols: 2 }, style: bold }],
      columnWidths: [180, 260],
    },
    {
      name: SHEET.units,
      rows: [['Mã đơn vị', 'Tên đơn vị', 'Loại'], ...unitCodes.map((code, i) => [code, `Tổ chuyên môn ${i + 1}`, 'Tổ'])],
      styles: [{ range: { row: 1, col: 1, cols: 3 }, style: bold }],
    },
    {
      name: SHEET.staff,
      rows: [
        [
          'Mã CB',
          'Họ và tên',
          'Mã đơn vị',
          'Chức vụ',
          'Giới tính',
          'Ngày sinh',
          'Email',
          'Số tháng công tác',
          'Kỷ luật',
          'Xếp loại viên chức',
          'Sáng kiến',
          'Đang công tác',
        ],
        ...staffRows,
      ],
      styles: [
        { range: { row: 1, col: 1, cols: 12 }, style: bold },
        { range: { row: 2, col: 6, rows: staff }, style: { numberFormat: 'dd/mm/yyyy' } },
      ],
      frozenRows: 1,
    },
    {
      name: SHEET.members,
      rows: [
        ['Mã thành viên', 'Họ và tên', 'Email', 'Mã CB', 'Vai trò'],
        ...memberCodes.map((code, i) => [
          code,
          String(staffRows[i % staff][1]),
          '',
          String(staffRows[i % staff][0]),
          i === 0 ? 'Chủ tịch' : 'Ủy viên',
        ]),
      ],
    },
    {
      name: SHEET.phases,
      rows: [
        ['Mã đợt', 'Tên đợt', 'Chủ đề', 'Từ ngày', 'Đến ngày', 'Loại', 'Trọng số cả năm'],
        ['D1', 'Đợt 1', 'Chào mừng 20/11', new Date(Date.UTC(2025, 8, 5)), new Date(Date.UTC(2025, 10, 20)), 'Đợt', 1],
      ],
      styles: [{ range: { row: 2, col: 4, cols: 2 }, style: { numberFormat: 'dd/mm/yyyy' } }],
    },
    {
      name: SHEET.criteria,
      rows: [
        [
          'Mã tiêu chí',
          'Nội dung',
          'Đối tượng',
          'Nhóm',
          'Điểm tối thiểu',
          'Điểm tối đa',
          'Trọng số',
          'Đợt áp dụng',
          'Ưu tiên khi bằng điểm',
        ],
        ...criterionCodes.map((code, k) => [
          code,
          `Tiêu chí số ${k + 1}`,
          'Cá nhân',
          `Nhóm ${1 + (k % 3)}`,
          0,
          maxOf(k),
          1,
          '',
          k < 2 ? k + 1 : '',
        ]),
      ],
    },
    {
      name: SHEET.bands,
      rows: [
        ['Xếp loại', 'Điểm từ'],
        ['Xuất sắc', 90],
        ['Tốt', 80],
        ['Khá', 65],
        ['Trung bình', 50],
      ],
    },
    {
      name: SHEET.awards,
      rows: [
        [
          'Mã đợt',
          'Mã khen thưởng',
          'Tên',
          'Đối tượng',
          'Cách xét',
          'Số lượng',
          'Tỷ lệ tối đa (%)',
          'Tính tỷ lệ trên',
          'Điểm sàn',
          'Phân bổ theo đơn vị',
          'Thứ tự xét',
        ],
        ['D1', 'LDTT', 'Lao động tiên tiến', 'Cá nhân', 'Tiêu chuẩn', '', '', '', 65, 'Không', 1],
        ['D1', 'GKDX', 'Giấy khen đợt thi đua', 'Cá nhân', 'Chỉ tiêu', Math.max(1, Math.floor(staff / 10)), 15, '', 80, 'Có', 2],
      ],
    },
  ];

  for (const member of memberCodes) {
    const header: CellValue[] = ['Mã', 'Họ và tên', 'Đơn vị', ...criterionCodes];
    const rows: CellValue[][] = [header];
    for (const row of staffRows) {
      const line: CellValue[] = [row[0], row[1], row[2]];
      for (let k = 0; k < criteria; k++) {
        const max = maxOf(k);
        // marks in half points, mostly in the upper half of the scale
        line.push(Math.round(max * (0.5 + 0.5 * random()) * 2) / 2);
      }
      rows.push(line);
    }
    sheets.push({
      name: `Chấm D1 ${member}`,
      rows,
      frozenRows: 1,
      frozenCols: 3,
      styles: [{ range: { row: 1, col: 1, cols: 3 + criteria }, style: bold }],
    });
  }
  return sheets;
}
