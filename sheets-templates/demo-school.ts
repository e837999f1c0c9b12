// The demo school, as a readable source: `npm run templates` turns it into
// sheets-templates/demo.xlsx. Edit the data here (a diff of this file is the review of the demo), never the .xlsx.
//
// Trường Tiểu học Hoa Sen: 46 staff (45 active) in 5 tổ and the office, a council of 7 (all of them staff, so
// self-marks are dropped), three phases (to 20/11, 03/02, 19/05) and the year end, with the awards of its plan.
// The paper trail: meetings after each phase in the staff room, one member (TV06) absent from the meetings (her
// ballot columns are blank: a secret ballot is cast at the meeting; shares stay "of the whole council of 7", so 6
// agreeing votes are the most a candidate gets), a ballot committee, the law's reward money.
// Stories the demo is built to show:
// - D1: 6 giấy khen đột xuất split by tổ (one seat each); in Tổ Khối 2 two teachers have identical marks and the
//   tie at the tổ's cut is decided by the ballot (Phiếu D1): CB021 6 Đ beats CB020 4 Đ.
// - CN: LĐTT by standard (HTTNV or better, ≥ 10 months, no discipline; target 85%); CSTĐCS for LĐTT holders rated
//   HTXSNV or with a recognised initiative and ≥ 80% of the whole council agreeing, capped at 7: CB020 and CB038
//   fall short of 80%, CB012, CB014 and CB040 registered without meeting the conditions, one eligible candidate is
//   left below the cap (CB026); GKHT goes to the best LĐTT holders who did not become CSTĐCS (same exclusion group).
// - Collectives: 2 tổ Tập thể LĐXS by score among those qualifying; Tổ Khối 3 has no CSTĐCS and a reprimanded
//   member (LĐTT only); Tổ Khối 4 – 5 misses Tập thể LĐTT (5/8 members LĐTT < 70%).
import type { CellValue, OutputSheet } from '../src/documents/output';
import { CARD_COLUMNS, VOTE_COLUMNS, cardSheetName, sheetSpec, voteSheetName } from '../src/workbook/schema';
import type { Kind } from '../src/core/model';
import { layoutOf, markColumn, tableSheet, voteColumn } from './layout';
import type { ColumnLayout } from './layout';
import { ballot, mark, phaseDrift } from './demo-marks';
import { USUAL_BANDS, configSheet } from './template';

// ── The school ─────────────────────────────────────────────────────────────────────────────────────────────────

export const CONFIG: [string, CellValue][] = [
  ['Tên trường', 'Trường Tiểu học Hoa Sen'],
  ['Cơ quan chủ quản', 'UBND phường An Phú'],
  ['Ký hiệu trường', 'THHS'],
  ['Địa danh', 'An Phú'],
  ['Năm học', '2025-2026'],
  ['Hiệu trưởng', 'Trần Thị Minh Nguyệt'],
  ['Nơi nhận báo cáo', 'UBND phường An Phú (Phòng Văn hóa – Xã hội)'],
  ['Email nơi nhận', 'vhxh.anphu@example.com'],
  ['Thư mục Drive', ''],
  ['Cách tổng hợp điểm', 'Trung bình'],
  ['Số chữ số thập phân', 2],
  ['Cách phân bổ chỉ tiêu', 'Dư lớn nhất'],
  ['Loại điểm tự chấm', 'Có'],
  ['Ưu tiên nữ khi bằng điểm', 'Có'],
  ['Trưởng ban kiểm phiếu', 'Phạm Thị Thanh Hương'],
  ['Thư ký kiểm phiếu', 'Nguyễn Hoàng Long'],
  ['Lương cơ sở', 2340000],
  ['Làm tròn tiền thưởng lên (đồng)', 1000],
];

export interface DemoUnit {
  id: string;
  name: string;
  type: 'Tổ' | 'Lớp' | 'Bộ phận';
  /** true level of the unit's work, percent of the maximum (drives its marks) */
  level: number;
}

export const UNITS: DemoUnit[] = [
  { id: 'T1', name: 'Tổ Khối 1', type: 'Tổ', level: 92 },
  { id: 'T2', name: 'Tổ Khối 2', type: 'Tổ', level: 90 },
  { id: 'T3', name: 'Tổ Khối 3', type: 'Tổ', level: 86 },
  { id: 'T45', name: 'Tổ Khối 4 – 5', type: 'Tổ', level: 83 },
  { id: 'TCB', name: 'Tổ Chuyên biệt', type: 'Tổ', level: 88 },
  { id: 'VP', name: 'Tổ Văn phòng', type: 'Bộ phận', level: 87 },
];

export type PhaseId = 'D1' | 'D2' | 'D3';
export type RatingText = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';

export interface DemoStaff {
  id: string;
  name: string;
  unit: string;
  position: string;
  female: boolean;
  /** dd/mm/yyyy */
  born: string;
  rating: RatingText | null;
  /** months of work in the school year; default 12 */
  months?: number;
  discipline?: string;
  initiative?: boolean;
  /** default true */
  active?: boolean;
  /** true level, percent of the maximum; each phase drifts ±2 around it unless `phases` fixes it */
  level: number;
  phases?: Partial<Record<PhaseId, number>>;
  /** staff sharing a profile (and a level) get identical marks from every member */
  profile?: string;
  /** the deduction criterion (TC10) per phase, e.g. { D2: -4 } */
  deductions?: Partial<Record<PhaseId, number>>;
  /** an extra `Ghi chú` column on `Cán bộ` (kept and ignored by the reader) */
  note?: string;
}

// Positions as schools write them; BGH and the office staff belong to Tổ Văn phòng.
export const STAFF: DemoStaff[] = [
  // Tổ Văn phòng
  {
    id: 'CB001',
    name: 'Trần Thị Minh Nguyệt',
    unit: 'VP',
    position: 'Hiệu trưởng',
    female: true,
    born: '12/03/1972',
    rating: 'HTXSNV',
    initiative: true,
    level: 92,
  },
  {
    id: 'CB002',
    name: 'Lê Văn Hùng',
    unit: 'VP',
    position: 'Phó hiệu trưởng',
    female: false,
    born: '25/08/1978',
    rating: 'HTXSNV',
    level: 91,
  },
  {
    id: 'CB003',
    name: 'Phạm Thị Thanh Hương',
    unit: 'VP',
    position: 'Phó hiệu trưởng',
    female: true,
    born: '07/11/1981',
    rating: 'HTTNV',
    initiative: true,
    level: 91,
  },
  {
    id: 'CB004',
    name: 'Nguyễn Thị Hồng Nhung',
    unit: 'VP',
    position: 'Tổng phụ trách Đội',
    female: true,
    born: '19/05/1990',
    rating: 'HTTNV',
    level: 88,
    phases: { D1: 97 },
    note: 'Tổ chức Hội thi "Nét đẹp nhà giáo" chào mừng 20/11',
  },
  {
    id: 'CB005',
    name: 'Đỗ Thị Lan',
    unit: 'VP',
    position: 'Nhân viên kế toán',
    female: true,
    born: '02/02/1985',
    rating: 'HTTNV',
    level: 85,
  },
  {
    id: 'CB006',
    name: 'Hoàng Thị Thu Trang',
    unit: 'VP',
    position: 'Nhân viên văn thư',
    female: true,
    born: '14/09/1992',
    rating: 'HTTNV',
    level: 84,
  },
  {
    id: 'CB007',
    name: 'Võ Thị Ngọc Ánh',
    unit: 'VP',
    position: 'Nhân viên y tế',
    female: true,
    born: '30/06/1994',
    rating: 'HTTNV',
    level: 85,
  },
  {
    id: 'CB008',
    name: 'Ngô Thị Bích Thủy',
    unit: 'VP',
    position: 'Nhân viên thư viện – thiết bị',
    female: true,
    born: '21/04/1988',
    rating: 'HTTNV',
    level: 83,
  },
  {
    id: 'CB009',
    name: 'Đinh Văn Tâm',
    unit: 'VP',
    position: 'Nhân viên bảo vệ',
    female: false,
    born: '10/10/1969',
    rating: 'HTNV',
    level: 74,
  },
  // Tổ Khối 1
  {
    id: 'CB010',
    name: 'Huỳnh Thị Mỹ Dung',
    unit: 'T1',
    position: 'Tổ trưởng',
    female: true,
    born: '05/01/1976',
    rating: 'HTXSNV',
    initiative: true,
    level: 92,
  },
  { id: 'CB011', name: 'Bùi Thị Hạnh', unit: 'T1', position: 'Tổ phó', female: true, born: '18/07/1983', rating: 'HTTNV', level: 86 },
  {
    id: 'CB012',
    name: 'Nguyễn Thị Kim Oanh',
    unit: 'T1',
    position: 'Giáo viên',
    female: true,
    born: '23/12/1987',
    rating: 'HTTNV',
    level: 90,
    phases: { D1: 95 },
    note: 'Sáng kiến đăng ký chưa được công nhận',
  },
  { id: 'CB013', name: 'Phan Thị Diễm', unit: 'T1', position: 'Giáo viên', female: true, born: '09/03/1991', rating: 'HTTNV', level: 85 },
  {
    id: 'CB014',
    name: 'Trương Thị Thu Hiền',
    unit: 'T1',
    position: 'Giáo viên',
    female: true,
    born: '16/06/1979',
    rating: 'HTTNV',
    level: 87,
  },
  {
    id: 'CB015',
    name: 'Lý Thị Thanh Tâm',
    unit: 'T1',
    position: 'Giáo viên',
    female: true,
    born: '27/08/1996',
    rating: 'HTTNV',
    level: 84,
  },
  { id: 'CB016', name: 'Mai Thị Phương', unit: 'T1', position: 'Giáo viên', female: true, born: '11/11/1984', rating: 'HTTNV', level: 86 },
  {
    id: 'CB017',
    name: 'Cao Thị Tuyết Mai',
    unit: 'T1',
    position: 'Giáo viên',
    female: true,
    born: '04/04/1998',
    rating: 'HTTNV',
    level: 83,
  },
  // Tổ Khối 2 — CB020 and CB021 share a profile: identical marks in D1, a tie decided by the ballot
  {
    id: 'CB018',
    name: 'Vũ Thị Thanh Bình',
    unit: 'T2',
    position: 'Tổ trưởng',
    female: true,
    born: '29/09/1975',
    rating: 'HTXSNV',
    level: 91,
    note: 'Chủ tịch Công đoàn',
  },
  { id: 'CB019', name: 'Đặng Thị Hoa', unit: 'T2', position: 'Giáo viên', female: true, born: '13/02/1982', rating: 'HTTNV', level: 85 },
  {
    id: 'CB020',
    name: 'Nguyễn Thị Ngọc Quỳnh',
    unit: 'T2',
    position: 'Giáo viên',
    female: true,
    born: '08/05/1990',
    rating: 'HTXSNV',
    level: 90,
    phases: { D1: 95 },
    profile: 'T2-D1',
  },
  {
    id: 'CB021',
    name: 'Lê Thị Thúy Vân',
    unit: 'T2',
    position: 'Giáo viên',
    female: true,
    born: '20/12/1988',
    rating: 'HTTNV',
    level: 88,
    phases: { D1: 95 },
    profile: 'T2-D1',
  },
  { id: 'CB022', name: 'Trần Thị Yến', unit: 'T2', position: 'Giáo viên', female: true, born: '03/07/1993', rating: 'HTTNV', level: 84 },
  { id: 'CB023', name: 'Tạ Thị Kim Liên', unit: 'T2', position: 'Giáo viên', female: true, born: '25/10/1980', rating: 'HTTNV', level: 86 },
  {
    id: 'CB024',
    name: 'Dương Minh Khoa',
    unit: 'T2',
    position: 'Giáo viên',
    female: false,
    born: '17/01/1989',
    rating: 'HTTNV',
    level: 85,
  },
  // Tổ Khối 3
  { id: 'CB025', name: 'Hồ Thị Kim Chi', unit: 'T3', position: 'Tổ trưởng', female: true, born: '06/06/1977', rating: 'HTTNV', level: 87 },
  {
    id: 'CB026',
    name: 'Lâm Thị Ngọc Hân',
    unit: 'T3',
    position: 'Giáo viên',
    female: true,
    born: '15/03/1986',
    rating: 'HTXSNV',
    initiative: true,
    level: 88,
    phases: { D1: 94 },
  },
  {
    id: 'CB027',
    name: 'Châu Thị Mỹ Linh',
    unit: 'T3',
    position: 'Giáo viên',
    female: true,
    born: '28/02/1992',
    rating: 'HTTNV',
    level: 85,
  },
  {
    id: 'CB028',
    name: 'Nguyễn Thị Huệ',
    unit: 'T3',
    position: 'Giáo viên',
    female: true,
    born: '12/08/1970',
    rating: 'HTNV',
    discipline: 'Khiển trách',
    level: 73,
    deductions: { D2: -4 },
    note: 'Khiển trách (vi phạm quy định dạy thêm), 01/2026',
  },
  {
    id: 'CB029',
    name: 'Phạm Quốc Thắng',
    unit: 'T3',
    position: 'Giáo viên',
    female: false,
    born: '09/09/1985',
    rating: 'HTTNV',
    level: 84,
  },
  { id: 'CB030', name: 'Đoàn Thị Xuân', unit: 'T3', position: 'Giáo viên', female: true, born: '22/01/1994', rating: 'HTTNV', level: 83 },
  {
    id: 'CB031',
    name: 'Kiều Thị Nga',
    unit: 'T3',
    position: 'Giáo viên',
    female: true,
    born: '14/01/1969',
    rating: null,
    months: 1,
    active: false,
    level: 0,
    note: 'Nghỉ hưu từ 01/10/2025',
  },
  // Tổ Khối 4 – 5
  {
    id: 'CB032',
    name: 'Trần Thị Thu Hà',
    unit: 'T45',
    position: 'Tổ trưởng',
    female: true,
    born: '19/04/1974',
    rating: 'HTXSNV',
    level: 91,
  },
  { id: 'CB033', name: 'Lưu Thị Bích Ngọc', unit: 'T45', position: 'Tổ phó', female: true, born: '02/10/1983', rating: 'HTTNV', level: 86 },
  {
    id: 'CB034',
    name: 'Nguyễn Văn Phúc',
    unit: 'T45',
    position: 'Giáo viên',
    female: false,
    born: '26/03/1980',
    rating: 'HTNV',
    level: 75,
    deductions: { D3: -1 },
  },
  {
    id: 'CB035',
    name: 'Tô Thị Hằng',
    unit: 'T45',
    position: 'Giáo viên',
    female: true,
    born: '07/07/1987',
    rating: 'HTTNV',
    months: 9,
    level: 84,
    note: 'Nghỉ ốm dài ngày 3 tháng (12/2025 – 02/2026)',
  },
  {
    id: 'CB036',
    name: 'Phan Thị Ngọc Trâm',
    unit: 'T45',
    position: 'Giáo viên',
    female: true,
    born: '12/12/1995',
    rating: 'HTNV',
    level: 76,
  },
  {
    id: 'CB037',
    name: 'Bùi Thị Thanh Thảo',
    unit: 'T45',
    position: 'Giáo viên',
    female: true,
    born: '31/08/1990',
    rating: 'HTTNV',
    level: 86,
  },
  {
    id: 'CB038',
    name: 'Hoàng Thị Mai Anh',
    unit: 'T45',
    position: 'Giáo viên',
    female: true,
    born: '24/06/1991',
    rating: 'HTTNV',
    initiative: true,
    level: 90,
    phases: { D1: 95 },
  },
  {
    id: 'CB039',
    name: 'Võ Thị Kim Thoa',
    unit: 'T45',
    position: 'Giáo viên',
    female: true,
    born: '18/02/1985',
    rating: 'HTTNV',
    level: 85,
  },
  // Tổ Chuyên biệt (Tiếng Anh, Tin học, Âm nhạc, Mĩ thuật, Giáo dục thể chất)
  {
    id: 'CB040',
    name: 'Đặng Thị Thảo Nguyên',
    unit: 'TCB',
    position: 'Tổ trưởng',
    female: true,
    born: '09/11/1984',
    rating: 'HTTNV',
    level: 87,
    note: 'Giáo viên Tiếng Anh',
  },
  {
    id: 'CB041',
    name: 'Nguyễn Hoàng Long',
    unit: 'TCB',
    position: 'Giáo viên Tin học',
    female: false,
    born: '15/07/1993',
    rating: 'HTXSNV',
    initiative: true,
    level: 92,
    phases: { D1: 95 },
    note: 'Bí thư Chi đoàn',
  },
  {
    id: 'CB042',
    name: 'Trịnh Thị Thu Uyên',
    unit: 'TCB',
    position: 'Giáo viên Tiếng Anh',
    female: true,
    born: '03/03/1997',
    rating: 'HTTNV',
    level: 85,
  },
  {
    id: 'CB043',
    name: 'Lê Thị Hồng Gấm',
    unit: 'TCB',
    position: 'Giáo viên Âm nhạc',
    female: true,
    born: '22/09/1989',
    rating: 'HTTNV',
    level: 86,
  },
  {
    id: 'CB044',
    name: 'Phạm Minh Tuấn',
    unit: 'TCB',
    position: 'Giáo viên Giáo dục thể chất',
    female: false,
    born: '05/05/1986',
    rating: 'HTTNV',
    level: 84,
  },
  {
    id: 'CB045',
    name: 'Hà Thị Thanh Nhàn',
    unit: 'TCB',
    position: 'Giáo viên Mĩ thuật',
    female: true,
    born: '10/08/1991',
    rating: 'HTTNV',
    level: 85,
  },
  {
    id: 'CB046',
    name: 'Vương Thị Diệu Ly',
    unit: 'TCB',
    position: 'Giáo viên Tiếng Anh',
    female: true,
    born: '27/04/1999',
    rating: 'HTTNV',
    level: 83,
  },
];

export interface DemoMember {
  id: string;
  staffId: string;
  role: string;
  /** absent from the review meeting (`Có mặt` = Không) */
  absent?: boolean;
}

/** Hội đồng Thi đua – Khen thưởng: 7 members (an odd number, Điều lệ trường tiểu học), all of them staff. */
export const COUNCIL: DemoMember[] = [
  { id: 'TV01', staffId: 'CB001', role: 'Chủ tịch Hội đồng' },
  { id: 'TV02', staffId: 'CB002', role: 'Phó Chủ tịch Hội đồng' },
  { id: 'TV03', staffId: 'CB018', role: 'Phó Chủ tịch Hội đồng (Chủ tịch Công đoàn)' },
  { id: 'TV04', staffId: 'CB003', role: 'Ủy viên' },
  { id: 'TV05', staffId: 'CB004', role: 'Ủy viên – Thư ký (Tổng phụ trách Đội)' },
  { id: 'TV06', staffId: 'CB010', role: 'Ủy viên (Tổ trưởng Tổ Khối 1)', absent: true },
  { id: 'TV07', staffId: 'CB041', role: 'Ủy viên (Bí thư Chi đoàn)' },
];

export interface DemoPhase {
  id: string;
  name: string;
  theme: string;
  from: string;
  to: string;
  type: 'Đợt' | 'Cả năm';
  weight: number | null;
  /** the council's review meeting (dd/mm/yyyy) */
  meeting: string;
}

const MEETING_ROOM = 'Phòng họp Hội đồng sư phạm';

// Year score = (D1 + D2 + 2 × D3) / 4: the second semester counts double, as many plans do.
export const PHASES: DemoPhase[] = [
  {
    id: 'D1',
    name: 'Đợt 1 – Chào mừng Ngày Nhà giáo Việt Nam 20/11',
    theme: 'Thi đua dạy tốt, học tốt chào mừng 43 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2025)',
    from: '05/09/2025',
    to: '20/11/2025',
    type: 'Đợt',
    weight: 1,
    meeting: '24/11/2025',
  },
  {
    id: 'D2',
    name: 'Đợt 2 – Mừng Đảng, mừng Xuân',
    theme: 'Chào mừng 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/2026)',
    from: '21/11/2025',
    to: '03/02/2026',
    type: 'Đợt',
    weight: 1,
    meeting: '05/02/2026',
  },
  {
    id: 'D3',
    name: 'Đợt 3 – Kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh',
    theme: 'Chào mừng 30/4, 1/5 và kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2026)',
    from: '04/02/2026',
    to: '19/05/2026',
    type: 'Đợt',
    weight: 2,
    meeting: '21/05/2026',
  },
  {
    id: 'CN',
    name: 'Tổng kết năm học 2025-2026',
    theme: 'Tổng kết phong trào thi đua năm học',
    from: '05/09/2025',
    to: '19/05/2026',
    type: 'Cả năm',
    weight: null,
    meeting: '25/05/2026',
  },
];

export interface DemoCriterion {
  id: string;
  text: string;
  kind: 'Cá nhân' | 'Tập thể';
  group: string;
  min: number;
  max: number;
  tieBreak?: number;
}

const G1 = 'I. Phẩm chất chính trị, đạo đức';
const G2 = 'II. Chuyên môn, nghiệp vụ';
const G3 = 'III. Công tác khác, phong trào';
const G4 = 'IV. Điểm trừ';

// Individual criteria: maxima sum to 100 (20 + 50 + 30; the deduction line has max 0). Unit criteria: 100.
export const CRITERIA: DemoCriterion[] = [
  {
    id: 'TC01',
    text: 'Chấp hành chủ trương, chính sách, pháp luật; quy định của ngành và nội quy nhà trường',
    kind: 'Cá nhân',
    group: G1,
    min: 0,
    max: 10,
  },
  { id: 'TC02', text: 'Đạo đức nhà giáo, ứng xử văn hóa, đoàn kết, giúp đỡ đồng nghiệp', kind: 'Cá nhân', group: G1, min: 0, max: 10 },
  {
    id: 'TC03',
    text: 'Hồ sơ, sổ sách, kế hoạch bài dạy (kế hoạch công việc) đầy đủ, đúng quy định',
    kind: 'Cá nhân',
    group: G2,
    min: 0,
    max: 10,
  },
  {
    id: 'TC04',
    text: 'Chất lượng giờ dạy, hiệu quả thực hiện nhiệm vụ được giao',
    kind: 'Cá nhân',
    group: G2,
    min: 0,
    max: 15,
    tieBreak: 1,
  },
  {
    id: 'TC05',
    text: 'Chất lượng giáo dục học sinh; kết quả công việc chuyên trách',
    kind: 'Cá nhân',
    group: G2,
    min: 0,
    max: 15,
    tieBreak: 2,
  },
  { id: 'TC06', text: 'Đổi mới phương pháp, ứng dụng công nghệ thông tin, chuyển đổi số', kind: 'Cá nhân', group: G2, min: 0, max: 10 },
  { id: 'TC07', text: 'Ngày giờ công, chấp hành giờ giấc, hội họp', kind: 'Cá nhân', group: G3, min: 0, max: 10 },
  {
    id: 'TC08',
    text: 'Tham gia các phong trào thi đua, hội thi, hoạt động Công đoàn, Đoàn, Đội',
    kind: 'Cá nhân',
    group: G3,
    min: 0,
    max: 10,
  },
  {
    id: 'TC09',
    text: 'Công tác chủ nhiệm, bồi dưỡng, phụ đạo học sinh, phối hợp với cha mẹ học sinh',
    kind: 'Cá nhân',
    group: G3,
    min: 0,
    max: 10,
  },
  { id: 'TC10', text: 'Điểm trừ: vi phạm quy chế chuyên môn, bị nhắc nhở, phê bình', kind: 'Cá nhân', group: G4, min: -10, max: 0 },
  { id: 'TT01', text: 'Thực hiện kế hoạch của tổ; chất lượng sinh hoạt chuyên môn', kind: 'Tập thể', group: 'Tập thể', min: 0, max: 40 },
  { id: 'TT02', text: 'Chất lượng giáo dục, kết quả các hội thi của tổ', kind: 'Tập thể', group: 'Tập thể', min: 0, max: 40 },
  { id: 'TT03', text: 'Đoàn kết nội bộ, tham gia phong trào của nhà trường', kind: 'Tập thể', group: 'Tập thể', min: 0, max: 20 },
];

export const BANDS: [string, number][] = USUAL_BANDS;

export interface DemoCatalogEntry {
  id: string;
  name: string;
  type: 'Danh hiệu' | 'Hình thức';
  kind: 'Cá nhân' | 'Tập thể';
  note?: string;
}

/** Titles above the school: proposed by it, never decided in it (no `Khen thưởng` row); the law's years apply. */
const ABOVE_SCHOOL_NOTE = (condition: string): string =>
  `Đề nghị cấp trên, trường không xét: ${condition} (theo “Lịch sử”); cần đối chiếu quy định hiện hành của tỉnh`;

export const CATALOG: DemoCatalogEntry[] = [
  { id: 'LDTT', name: 'Lao động tiên tiến', type: 'Danh hiệu', kind: 'Cá nhân' },
  { id: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở', type: 'Danh hiệu', kind: 'Cá nhân' },
  { id: 'GKHT', name: 'Giấy khen của Hiệu trưởng', type: 'Hình thức', kind: 'Cá nhân' },
  { id: 'GKUB', name: 'Giấy khen của Chủ tịch UBND phường', type: 'Hình thức', kind: 'Cá nhân' },
  { id: 'TTLDTT', name: 'Tập thể lao động tiên tiến', type: 'Danh hiệu', kind: 'Tập thể' },
  { id: 'TTLDXS', name: 'Tập thể lao động xuất sắc', type: 'Danh hiệu', kind: 'Tập thể' },
  { id: 'GKUBTT', name: 'Giấy khen của Chủ tịch UBND phường (tập thể)', type: 'Hình thức', kind: 'Tập thể' },
  {
    id: 'CSTDT',
    name: 'Chiến sĩ thi đua cấp tỉnh',
    type: 'Danh hiệu',
    kind: 'Cá nhân',
    note: ABOVE_SCHOOL_NOTE('3 năm học liên tục đạt CSTĐCS (Luật TĐKT 2022 Điều 22)'),
  },
  {
    id: 'BKT',
    name: 'Bằng khen của Chủ tịch UBND tỉnh',
    type: 'Hình thức',
    kind: 'Cá nhân',
    note: ABOVE_SCHOOL_NOTE('2 năm học liên tục hoàn thành xuất sắc nhiệm vụ (Luật TĐKT 2022 Điều 72)'),
  },
];

export interface DemoHistory {
  id: string;
  year: string;
  title: string;
  rating: RatingText;
}

/**
 * `Lịch sử`: earlier years of a few people, to show `Đủ điều kiện đề nghị cấp trên`: CB001 has 3 years of CSTĐCS
 * (CSTĐ cấp tỉnh) and of HTXSNV (Bằng khen), CB003 2 years of HTXSNV (Bằng khen), CB010 only 2 years of CSTĐCS.
 */
export const HISTORY: DemoHistory[] = [
  { id: 'CB001', year: '2022-2023', title: 'Chiến sĩ thi đua cơ sở', rating: 'HTXSNV' },
  { id: 'CB001', year: '2023-2024', title: 'Chiến sĩ thi đua cơ sở', rating: 'HTXSNV' },
  { id: 'CB001', year: '2024-2025', title: 'Chiến sĩ thi đua cơ sở', rating: 'HTXSNV' },
  { id: 'CB003', year: '2023-2024', title: 'Lao động tiên tiến', rating: 'HTXSNV' },
  { id: 'CB003', year: '2024-2025', title: 'Lao động tiên tiến', rating: 'HTXSNV' },
  { id: 'CB010', year: '2023-2024', title: 'Chiến sĩ thi đua cơ sở', rating: 'HTTNV' },
  { id: 'CB010', year: '2024-2025', title: 'Chiến sĩ thi đua cơ sở', rating: 'HTTNV' },
];

/** A row of `Khen thưởng`, keyed by its SPEC §4 headers (blank cells left out), plus a `Ghi chú` for the reader. */
export type AwardRow = Record<string, CellValue>;

export const AWARDS: AwardRow[] = [
  // Đợt 1 (to 20/11): the plan's "Giấy khen cá nhân có thành tích đột xuất: 6" split by tổ, "Tập thể tổ hoàn thành xuất sắc: 2 tổ"
  {
    'Mã đợt': 'D1',
    'Mã khen thưởng': 'GKDX',
    Tên: 'Giấy khen cá nhân có thành tích đột xuất',
    'Đối tượng': 'Cá nhân',
    'Cách xét': 'Chỉ tiêu',
    'Số lượng': 6,
    'Điểm sàn': 80,
    'Phân bổ theo đơn vị': 'Có',
    'Thứ tự xét': 1,
    'Ghi chú': 'Kế hoạch: 6 giấy khen, chia theo số người của tổ',
  },
  {
    'Mã đợt': 'D1',
    'Mã khen thưởng': 'TTXS',
    Tên: 'Tập thể tổ hoàn thành xuất sắc nhiệm vụ',
    'Đối tượng': 'Tập thể',
    'Cách xét': 'Chỉ tiêu',
    'Số lượng': 2,
    'Điểm sàn': 80,
    'Thứ tự xét': 2,
    'Ghi chú': 'Kế hoạch: 2 tổ',
  },
  // Đợt 2 and Đợt 3: one collective, two individuals
  {
    'Mã đợt': 'D2',
    'Mã khen thưởng': 'GKCN',
    Tên: 'Giấy khen cá nhân tiêu biểu',
    'Đối tượng': 'Cá nhân',
    'Cách xét': 'Chỉ tiêu',
    'Số lượng': 2,
    'Điểm sàn': 85,
    'Thứ tự xét': 1,
  },
  {
    'Mã đợt': 'D2',
    'Mã khen thưởng': 'GKTT',
    Tên: 'Giấy khen tập thể tiêu biểu',
    'Đối tượng': 'Tập thể',
    'Cách xét': 'Chỉ tiêu',
    'Số lượng': 1,
    'Điểm sàn': 80,
    'Thứ tự xét': 2,
  },
  {
    'Mã đợt': 'D3',
    'Mã khen thưởng': 'GKCN',
    Tên: 'Giấy khen cá nhân tiêu biểu',
    'Đối tượng': 'Cá nhân',
    'Cách xét': 'Chỉ tiêu',
    'Số lượng': 2,
    'Điểm sàn': 85,
    'Thứ tự xét': 1,
  },
  {
    'Mã đợt': 'D3',
    'Mã khen thưởng': 'GKTT',
    Tên: 'Giấy khen tập thể tiêu biểu',
    'Đối tượng': 'Tập thể',
    'Cách xét': 'Chỉ tiêu',
    'Số lượng': 1,
    'Điểm sàn': 80,
    'Thứ tự xét': 2,
  },
  // Cả năm
  {
    'Mã đợt': 'CN',
    'Mã khen thưởng': 'LDTT',
    Tên: 'Lao động tiên tiến',
    'Đối tượng': 'Cá nhân',
    'Cách xét': 'Tiêu chuẩn',
    'Chỉ tiêu phấn đấu (%)': 85,
    'Xếp loại viên chức tối thiểu': 'HTTNV',
    'Số tháng tối thiểu': 10,
    'Không kỷ luật': 'Có',
    'Thứ tự xét': 1,
    'Ghi chú': 'Luật TĐKT 2022 Điều 24; kế hoạch: phấn đấu 85% đạt LĐTT',
  },
  {
    'Mã đợt': 'CN',
    'Mã khen thưởng': 'CSTDCS',
    Tên: 'Chiến sĩ thi đua cơ sở',
    'Đối tượng': 'Cá nhân',
    'Cách xét': 'Chỉ tiêu',
    'Số lượng': 7,
    'Cần HTXSNV hoặc sáng kiến': 'Có',
    'Cần khen thưởng': 'LDTT',
    'Tỷ lệ phiếu tối thiểu (%)': 80,
    'Nhóm loại trừ': 'CN',
    'Thứ tự xét': 2,
    'Ghi chú': 'Luật TĐKT 2022 Điều 23; ≥ 80% tổng số thành viên Hội đồng đồng ý; chỉ tiêu của trường: 7',
  },
  {
    'Mã đợt': 'CN',
    'Mã khen thưởng': 'GKHT',
    Tên: 'Giấy khen của Hiệu trưởng',
    'Đối tượng': 'Cá nhân',
    'Cách xét': 'Chỉ tiêu',
    'Số lượng': 8,
    'Điểm sàn': 85,
    'Cần khen thưởng': 'LDTT',
    'Nhóm loại trừ': 'CN',
    'Thứ tự xét': 3,
    'Ghi chú': 'Luật TĐKT 2022 Điều 74; cho LĐTT chưa đạt CSTĐCS',
  },
  {
    'Mã đợt': 'CN',
    'Mã khen thưởng': 'TTLDXS',
    Tên: 'Tập thể lao động xuất sắc',
    'Đối tượng': 'Tập thể',
    'Cách xét': 'Chỉ tiêu',
    'Số lượng': 2,
    'Thành viên đạt': 'LDTT',
    'Tỷ lệ thành viên tối thiểu (%)': 70,
    'Có thành viên đạt': 'CSTDCS',
    'Xếp loại thành viên tối thiểu': 'HTNV',
    'Kỷ luật tối đa của thành viên': 'Không',
    'Nhóm loại trừ': 'TT',
    'Thứ tự xét': 4,
    'Ghi chú': '≥ 70% LĐTT, có CSTĐCS, mọi thành viên HTNV trở lên, không ai bị kỷ luật',
  },
  {
    'Mã đợt': 'CN',
    'Mã khen thưởng': 'TTLDTT',
    Tên: 'Tập thể lao động tiên tiến',
    'Đối tượng': 'Tập thể',
    'Cách xét': 'Tiêu chuẩn',
    'Thành viên đạt': 'LDTT',
    'Tỷ lệ thành viên tối thiểu (%)': 70,
    'Kỷ luật tối đa của thành viên': 'Khiển trách',
    'Nhóm loại trừ': 'TT',
    'Thứ tự xét': 5,
    'Ghi chú': '≥ 70% LĐTT, không ai bị kỷ luật từ cảnh cáo trở lên',
  },
];

export interface DemoRegistration {
  id: string;
  codes: string;
  initiative?: string;
  note?: string;
}

/** Registrations beyond LĐTT (every active staff member registers LĐTT; every tổ a collective title). */
const EXTRA_REGISTRATIONS: DemoRegistration[] = [
  {
    id: 'CB001',
    codes: 'LDTT, CSTDCS',
    initiative: 'Một số biện pháp quản lý nâng cao chất lượng sinh hoạt chuyên môn theo nghiên cứu bài học',
  },
  { id: 'CB002', codes: 'LDTT, CSTDCS' },
  { id: 'CB003', codes: 'LDTT, CSTDCS', initiative: 'Ứng dụng chuyển đổi số trong quản lý hồ sơ chuyên môn ở trường tiểu học' },
  { id: 'CB004', codes: 'LDTT, GKUB' },
  { id: 'CB010', codes: 'LDTT, CSTDCS', initiative: 'Một số biện pháp rèn kĩ năng đọc cho học sinh lớp 1' },
  { id: 'CB012', codes: 'LDTT, CSTDCS', initiative: 'Một số trò chơi học tập giúp học sinh lớp 1 học tốt môn Toán' },
  { id: 'CB014', codes: 'LDTT, CSTDCS' },
  { id: 'CB016', codes: 'LDTT, GKHT' },
  { id: 'CB018', codes: 'LDTT, CSTDCS' },
  { id: 'CB020', codes: 'LDTT, CSTDCS' },
  { id: 'CB021', codes: 'LDTT, GKHT' },
  { id: 'CB026', codes: 'LDTT, CSTDCS', initiative: 'Một số biện pháp giúp học sinh lớp 3 viết đoạn văn hay' },
  { id: 'CB032', codes: 'LDTT, CSTDCS' },
  { id: 'CB038', codes: 'LDTT, CSTDCS', initiative: 'Sử dụng sơ đồ tư duy trong dạy học môn Khoa học lớp 5' },
  { id: 'CB040', codes: 'LDTT, CSTDCS' },
  { id: 'CB041', codes: 'LDTT, CSTDCS, GKUB', initiative: 'Ứng dụng Scratch trong dạy học Tin học lớp 4, lớp 5' },
  { id: 'T1', codes: 'TTLDXS' },
  { id: 'T2', codes: 'TTLDXS' },
  { id: 'T3', codes: 'TTLDTT' },
  { id: 'T45', codes: 'TTLDTT' },
  { id: 'TCB', codes: 'TTLDXS, GKUBTT' },
  { id: 'VP', codes: 'TTLDTT' },
];

export function registrations(): DemoRegistration[] {
  const extra = new Map(EXTRA_REGISTRATIONS.map((r) => [r.id, r]));
  const staff = STAFF.filter((s) => s.active !== false).map((s) => extra.get(s.id) ?? { id: s.id, codes: 'LDTT' });
  const units = UNITS.map((u) => extra.get(u.id) ?? { id: u.id, codes: 'TTLDTT' });
  return [...staff, ...units];
}

export interface DemoVote {
  phase: string;
  award: string;
  id: string;
  /** agreeing members out of the 6 present (TV06 is absent); the share is of the whole council of 7 */
  agree: number;
}

export const VOTES: DemoVote[] = [
  // Phiếu D1: the tổ's nominees for a giấy khen đột xuất; CB020/CB021 tie on marks, the ballot decides.
  { phase: 'D1', award: 'GKDX', id: 'CB004', agree: 6 },
  { phase: 'D1', award: 'GKDX', id: 'CB012', agree: 6 },
  { phase: 'D1', award: 'GKDX', id: 'CB020', agree: 4 },
  { phase: 'D1', award: 'GKDX', id: 'CB021', agree: 6 },
  { phase: 'D1', award: 'GKDX', id: 'CB026', agree: 6 },
  { phase: 'D1', award: 'GKDX', id: 'CB038', agree: 6 },
  { phase: 'D1', award: 'GKDX', id: 'CB041', agree: 6 },
  // Phiếu CN: secret ballot on CSTĐCS; 6/7 = 85,7% passes, 5/7 = 71,4% does not (of the whole council, SPEC §8).
  { phase: 'CN', award: 'CSTDCS', id: 'CB001', agree: 6 },
  { phase: 'CN', award: 'CSTDCS', id: 'CB002', agree: 6 },
  { phase: 'CN', award: 'CSTDCS', id: 'CB003', agree: 6 },
  { phase: 'CN', award: 'CSTDCS', id: 'CB010', agree: 6 },
  { phase: 'CN', award: 'CSTDCS', id: 'CB012', agree: 3 },
  { phase: 'CN', award: 'CSTDCS', id: 'CB014', agree: 2 },
  { phase: 'CN', award: 'CSTDCS', id: 'CB018', agree: 6 },
  { phase: 'CN', award: 'CSTDCS', id: 'CB020', agree: 5 },
  { phase: 'CN', award: 'CSTDCS', id: 'CB026', agree: 6 },
  { phase: 'CN', award: 'CSTDCS', id: 'CB032', agree: 6 },
  { phase: 'CN', award: 'CSTDCS', id: 'CB038', agree: 4 },
  { phase: 'CN', award: 'CSTDCS', id: 'CB040', agree: 2 },
  { phase: 'CN', award: 'CSTDCS', id: 'CB041', agree: 6 },
];

// ── Derived values ─────────────────────────────────────────────────────────────────────────────────────────────

const MAIL_DOMAIN = 'example.com';

export function isActive(s: DemoStaff): boolean {
  return s.active !== false;
}

export function activeStaff(): DemoStaff[] {
  return STAFF.filter(isActive);
}

function withoutMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Vietnamese school style: given name + initials of the rest, e.g. Trần Thị Minh Nguyệt → nguyettmt@… */
export function emailOf(name: string): string {
  const words = withoutMarks(name).split(/\s+/);
  const given = words[words.length - 1];
  const initials = words
    .slice(0, -1)
    .map((w) => w[0])
    .join('');
  return `${given}${initials}@${MAIL_DOMAIN}`;
}

/** dd/mm/yyyy → a date cell (UTC midnight, as the .xlsx adapter reads and writes them). */
export function dateCell(text: string): Date {
  const [d, m, y] = text.split('/').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function staffById(id: string): DemoStaff {
  const s = STAFF.find((x) => x.id === id);
  if (!s) throw new Error(`demo: no staff ${id}`);
  return s;
}

function unitName(id: string): string {
  return UNITS.find((u) => u.id === id)?.name ?? id;
}

export function scoredPhases(): DemoPhase[] {
  return PHASES.filter((p) => p.type === 'Đợt');
}

export function criteriaOf(kind: DemoCriterion['kind']): DemoCriterion[] {
  return CRITERIA.filter((c) => c.kind === kind);
}

export function staffLevel(s: DemoStaff, phaseId: string): number {
  const fixed = s.phases?.[phaseId as PhaseId];
  return fixed ?? s.level + phaseDrift(s.profile ?? s.id, phaseId);
}

export function staffMark(s: DemoStaff, phaseId: string, memberId: string, c: DemoCriterion): number {
  if (c.max <= 0) return s.deductions?.[phaseId as PhaseId] ?? 0;
  const profile = s.profile ?? s.id;
  return mark({ profile, level: staffLevel(s, phaseId), phaseId, memberId, criterionId: c.id, min: c.min, max: c.max });
}

export function unitMark(u: DemoUnit, phaseId: string, memberId: string, c: DemoCriterion): number {
  const level = u.level + phaseDrift(u.id, phaseId);
  return mark({ profile: u.id, level, phaseId, memberId, criterionId: c.id, min: c.min, max: c.max });
}

// ── Sheets ─────────────────────────────────────────────────────────────────────────────────────────────────────

const NOTE_COLUMN: ColumnLayout = { header: 'Ghi chú', width: 300, kind: 'text' };
const yesNo = (b: boolean): string => (b ? 'Có' : 'Không');

function rowsByHeaders(sheet: string, records: Record<string, CellValue>[], extra: ColumnLayout[] = []): OutputSheet {
  const columns = [...layoutOf(sheetSpec(sheet).columns), ...extra];
  const rows = records.map((r) => columns.map((c) => r[c.header] ?? null));
  return tableSheet(sheet, columns, rows);
}

function staffSheet(): OutputSheet {
  const records = STAFF.map((s) => ({
    'Mã CB': s.id,
    'Họ và tên': s.name,
    'Mã đơn vị': s.unit,
    'Chức vụ': s.position,
    'Giới tính': s.female ? 'Nữ' : 'Nam',
    'Ngày sinh': dateCell(s.born),
    Email: emailOf(s.name),
    'Số tháng công tác': s.months ?? 12,
    'Kỷ luật': s.discipline ?? null,
    'Xếp loại viên chức': s.rating,
    'Sáng kiến': yesNo(s.initiative === true),
    'Đang công tác': yesNo(isActive(s)),
    'Ghi chú': s.note ?? null,
  }));
  return rowsByHeaders('Cán bộ', records, [NOTE_COLUMN]);
}

function councilSheet(): OutputSheet {
  const records = COUNCIL.map((m) => {
    const s = staffById(m.staffId);
    return {
      'Mã thành viên': m.id,
      'Họ và tên': s.name,
      Email: emailOf(s.name),
      'Mã CB': s.id,
      'Vai trò': m.role,
      'Có mặt': m.absent ? 'Không' : 'Có',
    };
  });
  return rowsByHeaders('Hội đồng', records);
}

function phaseSheet(): OutputSheet {
  const records = PHASES.map((p) => ({
    'Mã đợt': p.id,
    'Tên đợt': p.name,
    'Chủ đề': p.theme,
    'Từ ngày': dateCell(p.from),
    'Đến ngày': dateCell(p.to),
    Loại: p.type,
    'Trọng số cả năm': p.weight,
    'Ngày họp': dateCell(p.meeting),
    'Địa điểm họp': MEETING_ROOM,
  }));
  return rowsByHeaders('Đợt thi đua', records);
}

function criteriaSheet(): OutputSheet {
  const records = CRITERIA.map((c) => ({
    'Mã tiêu chí': c.id,
    'Nội dung': c.text,
    'Đối tượng': c.kind,
    Nhóm: c.group,
    'Điểm tối thiểu': c.min,
    'Điểm tối đa': c.max,
    'Trọng số': 1,
    'Đợt áp dụng': null,
    'Ưu tiên khi bằng điểm': c.tieBreak ?? null,
  }));
  return rowsByHeaders('Tiêu chí', records);
}

function cardSheet(phaseId: string, memberId: string, kind: Kind): OutputSheet {
  const criteria = criteriaOf(kind === 'staff' ? 'Cá nhân' : 'Tập thể');
  const columns = [...layoutOf(CARD_COLUMNS), ...criteria.map((c) => markColumn(c.id))];
  const rows: CellValue[][] =
    kind === 'staff'
      ? activeStaff().map((s) => [s.id, s.name, unitName(s.unit), ...criteria.map((c) => staffMark(s, phaseId, memberId, c))])
      : UNITS.map((u) => [u.id, u.name, null, ...criteria.map((c) => unitMark(u, phaseId, memberId, c))]);
  return tableSheet(cardSheetName(phaseId, memberId, kind), columns, rows);
}

function voteSheet(phaseId: string): OutputSheet {
  const members = COUNCIL.map((m) => m.id);
  const absent = new Set(COUNCIL.filter((m) => m.absent === true).map((m) => m.id));
  const columns = [...layoutOf(VOTE_COLUMNS), ...members.map(voteColumn)];
  const rows = VOTES.filter((v) => v.phase === phaseId).map((v): CellValue[] => [
    v.id,
    staffById(v.id).name,
    v.award,
    ...ballot(members, v.agree, `${v.phase}|${v.award}|${v.id}`, absent),
  ]);
  return tableSheet(voteSheetName(phaseId), columns, rows);
}

/** Every sheet of the demo workbook, input sheets first, then the score cards and the ballots. */
export function demoSheets(): OutputSheet[] {
  const sheets: OutputSheet[] = [
    configSheet(sheetSpec('Cấu hình'), new Map(CONFIG)),
    rowsByHeaders(
      'Đơn vị',
      UNITS.map((u) => ({ 'Mã đơn vị': u.id, 'Tên đơn vị': u.name, Loại: u.type })),
    ),
    staffSheet(),
    councilSheet(),
    phaseSheet(),
    criteriaSheet(),
    rowsByHeaders(
      'Xếp loại',
      BANDS.map(([band, from]) => ({ 'Xếp loại': band, 'Điểm từ': from })),
    ),
    rowsByHeaders(
      'Danh mục',
      CATALOG.map((c) => ({ Mã: c.id, Tên: c.name, Loại: c.type, 'Đối tượng': c.kind, 'Ghi chú': c.note ?? null })),
      [NOTE_COLUMN],
    ),
    rowsByHeaders('Khen thưởng', AWARDS, [NOTE_COLUMN]),
    rowsByHeaders(
      'Đăng ký',
      registrations().map((r) => ({ Mã: r.id, 'Mã danh mục': r.codes, 'Tên sáng kiến': r.initiative ?? null, 'Ghi chú': r.note ?? null })),
    ),
    rowsByHeaders(
      'Lịch sử',
      HISTORY.map((h) => {
        const s = staffById(h.id);
        return {
          'Mã CB': s.id,
          'Họ và tên': s.name,
          'Ngày sinh': dateCell(s.born),
          'Năm học': h.year,
          'Danh hiệu': h.title,
          'Xếp loại': h.rating,
        };
      }),
    ),
  ];
  for (const phase of scoredPhases()) {
    for (const m of COUNCIL) sheets.push(cardSheet(phase.id, m.id, 'staff'));
  }
  for (const phase of scoredPhases()) {
    for (const m of COUNCIL) sheets.push(cardSheet(phase.id, m.id, 'unit'));
  }
  for (const phaseId of [...new Set(VOTES.map((v) => v.phase))]) sheets.push(voteSheet(phaseId));
  return sheets;
}
