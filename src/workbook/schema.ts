// The input sheets of SPEC §2 as data: the readers match headers against these, and the Google Sheets set-up
// creates headers, notes and data validation from them. Names here are the canonical spelling.
import { key } from '../core/codes';
import type { Kind } from '../core/model';
import { CONDITIONS } from '../core/conditions/registry';
import type { ConditionRegistry } from '../core/conditions/registry';
import { SHEET, SHEET_PREFIX } from '../core/sheet-names';

export { cardSheetName, proposalSheetName, resultSheetName, voteSheetName } from '../core/sheet-names';

export type ValueKind = 'text' | 'number' | 'integer' | 'boolean' | 'date' | 'percent' | 'code' | 'list';
/** What a column refers to; 'participant' = a staff or a unit code. */
export type RefKind = 'unit' | 'phase' | 'criterion' | 'award' | 'catalog' | 'staff' | 'member' | 'participant' | null;

export interface ColumnSpec {
  header: string;
  required: boolean;
  /** Vietnamese note for the header cell: what goes there */
  note: string;
  kind: ValueKind;
  ref: RefKind;
  /** allowed values (shown as a drop-down); matched like headers */
  choices?: string[];
  min?: number;
  max?: number;
  /** value taken when the cell is blank */
  default?: string | number | boolean;
  /** pixel width */
  width: number;
}

/** A row of `Cấu hình` (a parameter in `Tham số`, its value in `Giá trị`). */
export interface ParamSpec {
  name: string;
  note: string;
  kind: ValueKind;
  choices?: string[];
  min?: number;
  max?: number;
  default?: string | number | boolean;
}

export interface SheetSpec {
  name: string;
  /** required for a tally (SPEC §8) */
  required: boolean;
  note: string;
  columns: ColumnSpec[];
  /** only for `Cấu hình`: its parameter rows */
  params?: ParamSpec[];
}

export const LOG_SHEET = SHEET.log;
export const SUMMARY_SHEET = SHEET.summary;

export const KIND_CHOICES = ['Cá nhân', 'Tập thể'];
export const RATING_CHOICES = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
export const DISCIPLINE_CHOICES = ['Khiển trách', 'Cảnh cáo', 'Hạ bậc lương', 'Giáng chức', 'Cách chức', 'Buộc thôi việc'];
export const AGGREGATION_CHOICES = ['Trung bình', 'Bỏ cao nhất và thấp nhất', 'Trung vị'];
export const APPORTION_CHOICES = ['Dư lớn nhất', "D'Hondt", 'Sainte-Laguë'];
export const BOOLEAN_CHOICES = ['Có', 'Không'];
export const VOTE_CHOICES = ['Đ', 'K'];

type ColumnOptions = Partial<Pick<ColumnSpec, 'ref' | 'choices' | 'min' | 'max' | 'default' | 'width'>>;

function col(header: string, required: boolean, kind: ValueKind, note: string, options: ColumnOptions = {}): ColumnSpec {
  const width = options.width ?? (kind === 'text' ? 180 : kind === 'code' || kind === 'list' ? 110 : 100);
  return { header, required, note, kind, ref: options.ref ?? null, width, ...omitUndefined(options) };
}

function omitUndefined(options: ColumnOptions): ColumnOptions {
  const out: ColumnOptions = {};
  for (const [name, value] of Object.entries(options)) {
    if (value !== undefined) (out as Record<string, unknown>)[name] = value;
  }
  return out;
}

/** Council statistics (issue 15): the normalisation switch and the thresholds of the members' flags. */
const FAIRNESS_PARAMS: ParamSpec[] = [
  {
    name: 'Chuẩn hóa điểm theo thành viên',
    kind: 'boolean',
    default: false,
    note: 'Có: trước khi tổng hợp, điểm của mỗi thành viên được quy về cùng mặt bằng với Hội đồng (người chấm rộng tay hay chặt tay đều có trọng lượng như nhau). Mặc định Không',
  },
  {
    name: 'Ngưỡng chấm dễ (độ lệch chuẩn)',
    kind: 'number',
    min: 0,
    default: 1.5,
    note: 'Thành viên chấm cao hơn các thành viên còn lại từ mức này (tính bằng độ lệch chuẩn của điểm đợt) được ghi là “dễ”. Mặc định 1,5',
  },
  {
    name: 'Ngưỡng chấm khắt khe (độ lệch chuẩn)',
    kind: 'number',
    min: 0,
    default: 1.5,
    note: 'Thành viên chấm thấp hơn các thành viên còn lại từ mức này được ghi là “khắt khe”. Mặc định 1,5',
  },
  {
    name: 'Ngưỡng tương quan khác biệt',
    kind: 'number',
    min: -1,
    max: 1,
    default: 0.3,
    note: 'Thứ tự xếp của thành viên tương quan với các thành viên còn lại dưới mức này thì được ghi là “khác biệt”. Mặc định 0,3',
  },
];

const CONFIG_PARAMS: ParamSpec[] = [
  { name: 'Tên trường', kind: 'text', note: 'Tên đầy đủ của trường, ví dụ: Trường THCS Nguyễn Du' },
  { name: 'Cơ quan chủ quản', kind: 'text', note: 'Cơ quan cấp trên, ví dụ: UBND phường Bến Thành' },
  { name: 'Ký hiệu trường', kind: 'text', note: 'Ký hiệu viết tắt dùng trong số văn bản, ví dụ: THCSND' },
  { name: 'Địa danh', kind: 'text', note: 'Địa danh ghi ở dòng ngày tháng, ví dụ: Bến Thành' },
  { name: 'Năm học', kind: 'text', note: 'Ví dụ: 2025-2026' },
  { name: 'Hiệu trưởng', kind: 'text', note: 'Họ và tên Hiệu trưởng (khối chữ ký)' },
  { name: 'Nơi nhận báo cáo', kind: 'text', note: 'Nơi nhận báo cáo và đề nghị khen thưởng, ví dụ: UBND phường' },
  { name: 'Email nơi nhận', kind: 'text', note: 'Email được chia sẻ quyền xem khi xuất báo cáo' },
  { name: 'Thư mục Drive', kind: 'text', note: 'Đường dẫn hoặc ID thư mục Google Drive chứa báo cáo xuất ra' },
  {
    name: 'Cách tổng hợp điểm',
    kind: 'text',
    choices: AGGREGATION_CHOICES,
    default: 'Trung bình',
    note: 'Cách gộp điểm của các thành viên Hội đồng: Trung bình, Bỏ cao nhất và thấp nhất, hoặc Trung vị',
  },
  { name: 'Số chữ số thập phân', kind: 'integer', min: 0, max: 6, default: 2, note: 'Số chữ số thập phân của điểm (mặc định 2)' },
  {
    name: 'Cách phân bổ chỉ tiêu',
    kind: 'text',
    choices: APPORTION_CHOICES,
    default: 'Dư lớn nhất',
    note: "Cách chia chỉ tiêu cho các đơn vị theo số người: Dư lớn nhất, D'Hondt hoặc Sainte-Laguë",
  },
  {
    name: 'Loại điểm tự chấm',
    kind: 'boolean',
    default: true,
    note: 'Có: bỏ điểm thành viên Hội đồng tự chấm cho mình (và cho đơn vị mình)',
  },
  { name: 'Ưu tiên nữ khi bằng điểm', kind: 'boolean', default: true, note: 'Có: khi bằng điểm, ưu tiên nữ (NĐ 152/2025 Điều 4)' },
  ...FAIRNESS_PARAMS,
  { name: 'Trưởng ban kiểm phiếu', kind: 'text', note: 'Họ và tên Trưởng ban kiểm phiếu (biên bản kiểm phiếu); để trống: ghi tay' },
  { name: 'Thư ký kiểm phiếu', kind: 'text', note: 'Họ và tên Thư ký ban kiểm phiếu (biên bản kiểm phiếu); để trống: ghi tay' },
  {
    name: 'Căn cứ quyết định',
    kind: 'text',
    note: 'Các dòng "Căn cứ …" của quyết định khen thưởng, mỗi dòng một căn cứ (xuống dòng trong ô); để trống: Luật TĐKT 2022, NĐ 152/2025, kế hoạch thi đua của trường và biên bản họp Hội đồng',
  },
  {
    name: 'Lương cơ sở',
    kind: 'number',
    min: 0,
    default: 2340000,
    note: 'Mức lương cơ sở (đồng) để tính tiền thưởng; mặc định 2.340.000 (NĐ 73/2024) [cần kiểm tra mức hiện hành]',
  },
  {
    name: 'Hệ số CSTĐCS',
    kind: 'number',
    min: 0,
    default: 1,
    note: 'Tiền thưởng Chiến sĩ thi đua cơ sở = hệ số × lương cơ sở (mặc định 1,0) [cần kiểm tra theo NĐ 152/2025]',
  },
  {
    name: 'Hệ số LĐTT',
    kind: 'number',
    min: 0,
    default: 0.3,
    note: 'Tiền thưởng Lao động tiên tiến = hệ số × lương cơ sở (mặc định 0,3) [cần kiểm tra theo NĐ 152/2025]',
  },
  {
    name: 'Hệ số Tập thể LĐXS',
    kind: 'number',
    min: 0,
    default: 1.5,
    note: 'Tiền thưởng Tập thể lao động xuất sắc = hệ số × lương cơ sở (mặc định 1,5) [cần kiểm tra theo NĐ 152/2025]',
  },
  {
    name: 'Hệ số Tập thể LĐTT',
    kind: 'number',
    min: 0,
    default: 0.8,
    note: 'Tiền thưởng Tập thể lao động tiên tiến = hệ số × lương cơ sở (mặc định 0,8) [cần kiểm tra theo NĐ 152/2025]',
  },
  {
    name: 'Hệ số giấy khen cá nhân',
    kind: 'number',
    min: 0,
    default: 0.3,
    note: 'Tiền thưởng kèm giấy khen cho cá nhân = hệ số × lương cơ sở (mặc định 0,3) [cần kiểm tra theo NĐ 152/2025]',
  },
  {
    name: 'Hệ số giấy khen tập thể',
    kind: 'number',
    min: 0,
    default: 0.6,
    note: 'Tiền thưởng kèm giấy khen cho tập thể = hệ số × lương cơ sở (mặc định 0,6) [cần kiểm tra theo NĐ 152/2025]',
  },
  {
    name: 'Làm tròn tiền thưởng lên (đồng)',
    kind: 'integer',
    min: 0,
    default: 1000,
    note: 'Tiền thưởng được làm tròn lên bội số này (mặc định 1.000 đồng; 0: không làm tròn)',
  },
  {
    name: 'Tỷ lệ HTXSNV tối đa (%)',
    kind: 'number',
    min: 0,
    max: 100,
    default: 20,
    note: 'Cảnh báo khi số viên chức xếp loại HTXSNV vượt tỷ lệ này trên số người HTTNV trở lên (mặc định 20%) [cần kiểm tra]',
  },
];

/** The `Khen thưởng` columns of the award conditions, from the condition registry. */
function conditionColumns(conditions: ConditionRegistry): ColumnSpec[] {
  return conditions.columns().map((c) =>
    col(c.header, false, c.kind, c.note, {
      ref: c.namesAwards === true ? 'award' : null,
      choices: c.choices === undefined ? undefined : [...c.choices],
      min: c.min,
      max: c.max,
      default: c.kind === 'boolean' ? false : undefined,
      width: c.width,
    }),
  );
}

export const SHEETS: SheetSpec[] = [
  {
    name: 'Cấu hình',
    required: false,
    note: 'Thông tin chung của trường và các tùy chọn tính điểm',
    columns: [
      col('Tham số', true, 'text', 'Tên tham số (không sửa)', { width: 200 }),
      col('Giá trị', true, 'text', 'Giá trị của tham số', { width: 320 }),
    ],
    params: CONFIG_PARAMS,
  },
  {
    name: 'Đơn vị',
    required: true,
    note: 'Danh sách tổ, lớp, bộ phận (tập thể)',
    columns: [
      col('Mã đơn vị', true, 'code', 'Mã duy nhất của đơn vị, ví dụ: T1'),
      col('Tên đơn vị', true, 'text', 'Tên đơn vị, ví dụ: Tổ Toán – Tin', { width: 220 }),
      col('Loại', false, 'text', 'Tổ, Lớp hoặc Bộ phận', { choices: ['Tổ', 'Lớp', 'Bộ phận'] }),
    ],
  },
  {
    name: 'Cán bộ',
    required: true,
    note: 'Danh sách cán bộ, giáo viên, nhân viên (cá nhân)',
    columns: [
      col('Mã CB', true, 'code', 'Mã duy nhất của cán bộ, ví dụ: CB001'),
      col('Họ và tên', true, 'text', 'Họ và tên đầy đủ', { width: 200 }),
      col('Mã đơn vị', true, 'code', 'Mã đơn vị (sheet Đơn vị) mà cán bộ thuộc về', { ref: 'unit' }),
      col('Chức vụ', false, 'text', 'Ví dụ: Giáo viên, Tổ trưởng', { width: 140 }),
      col('Giới tính', false, 'text', 'Nam hoặc Nữ', { choices: ['Nam', 'Nữ'], width: 80 }),
      col('Ngày sinh', false, 'date', 'Ngày sinh (dd/mm/yyyy)'),
      col('Email', false, 'text', 'Email của cán bộ', { width: 200 }),
      col('Số tháng công tác', false, 'number', 'Số tháng công tác trong năm học (mặc định 12)', { min: 0, max: 12, default: 12 }),
      col(
        'Kỷ luật',
        false,
        'text',
        'Để trống nếu không bị kỷ luật; hoặc Khiển trách, Cảnh cáo, Hạ bậc lương, Giáng chức, Cách chức, Buộc thôi việc',
        {
          choices: DISCIPLINE_CHOICES,
          width: 130,
        },
      ),
      col('Xếp loại viên chức', false, 'text', 'HTXSNV, HTTNV, HTNV hoặc KHTNV', { choices: RATING_CHOICES, width: 120 }),
      col('Sáng kiến', false, 'boolean', 'Có nếu có sáng kiến hoặc đề tài được công nhận trong năm', { default: false, width: 90 }),
      col('Đang công tác', false, 'boolean', 'Không nếu đã nghỉ/chuyển công tác (không tham gia xét) — mặc định Có', {
        default: true,
        width: 100,
      }),
    ],
  },
  {
    name: 'Hội đồng',
    required: true,
    note: 'Thành viên Hội đồng Thi đua – Khen thưởng',
    columns: [
      col('Mã thành viên', true, 'code', 'Mã duy nhất của thành viên, ví dụ: TV01'),
      col('Họ và tên', true, 'text', 'Họ và tên thành viên', { width: 200 }),
      col('Email', false, 'text', 'Email của thành viên', { width: 200 }),
      col('Mã CB', false, 'code', 'Mã CB nếu thành viên cũng là cán bộ của trường', { ref: 'staff' }),
      col('Vai trò', false, 'text', 'Ví dụ: Chủ tịch, Phó Chủ tịch, Thư ký, Ủy viên', { width: 130 }),
      col('Có mặt', false, 'boolean', 'Không nếu vắng mặt tại cuộc họp xét thi đua (biên bản họp); để trống: có mặt', {
        default: true,
        width: 80,
      }),
    ],
  },
  {
    name: 'Đợt thi đua',
    required: true,
    note: 'Các đợt thi đua trong năm học',
    columns: [
      col('Mã đợt', true, 'code', 'Mã duy nhất của đợt, ví dụ: D1, CN', { width: 80 }),
      col('Tên đợt', true, 'text', 'Tên đợt, ví dụ: Đợt 1 – Chào mừng 20/11', { width: 220 }),
      col('Chủ đề', false, 'text', 'Chủ đề của đợt thi đua', { width: 220 }),
      col('Từ ngày', false, 'date', 'Ngày bắt đầu (dd/mm/yyyy)'),
      col('Đến ngày', false, 'date', 'Ngày kết thúc (dd/mm/yyyy)'),
      col('Loại', false, 'text', 'Đợt hoặc Cả năm (mặc định Đợt)', { choices: ['Đợt', 'Cả năm'], default: 'Đợt', width: 90 }),
      col('Trọng số cả năm', false, 'number', 'Trọng số của đợt khi tính điểm cả năm (mặc định 1; 0 = không tính)', {
        min: 0,
        default: 1,
        width: 110,
      }),
      col('Ngày họp', false, 'date', 'Ngày họp Hội đồng xét thi đua của đợt (dd/mm/yyyy), ghi trong biên bản'),
      col('Địa điểm họp', false, 'text', 'Nơi họp Hội đồng, ví dụ: Phòng họp Hội đồng sư phạm', { width: 200 }),
    ],
  },
  {
    name: 'Tiêu chí',
    required: true,
    note: 'Các tiêu chí chấm điểm',
    columns: [
      col('Mã tiêu chí', true, 'code', 'Mã duy nhất của tiêu chí, ví dụ: TC01'),
      col('Nội dung', true, 'text', 'Nội dung tiêu chí', { width: 320 }),
      col('Đối tượng', false, 'text', 'Cá nhân hoặc Tập thể (mặc định Cá nhân)', { choices: KIND_CHOICES, default: 'Cá nhân' }),
      col('Nhóm', false, 'text', 'Nhóm tiêu chí (để trình bày)', { width: 140 }),
      col('Điểm tối thiểu', false, 'number', 'Điểm thấp nhất (mặc định 0; được âm nếu là điểm trừ)', { default: 0 }),
      col('Điểm tối đa', true, 'number', 'Điểm cao nhất, phải lớn hơn Điểm tối thiểu'),
      col('Trọng số', false, 'number', 'Trọng số (mặc định 1), phải lớn hơn 0', { default: 1 }),
      col('Đợt áp dụng', false, 'list', 'Để trống: mọi đợt; hoặc các mã đợt cách nhau bởi dấu phẩy', { ref: 'phase' }),
      col('Ưu tiên khi bằng điểm', false, 'integer', 'Thứ tự xét khi bằng điểm: 1, 2, …; để trống nếu không dùng', { min: 1, width: 120 }),
    ],
  },
  {
    name: 'Xếp loại',
    required: false,
    note: 'Các mức xếp loại theo điểm (thang 100), mức cao nhất trước',
    columns: [
      col('Xếp loại', true, 'text', 'Tên mức xếp loại, ví dụ: Tốt, Khá', { width: 140 }),
      col('Điểm từ', true, 'number', 'Điểm thấp nhất của mức (thang 100)', { min: 0, max: 100 }),
    ],
  },
  {
    name: 'Danh mục',
    required: false,
    note: 'Danh mục danh hiệu thi đua và hình thức khen thưởng, theo thứ tự trình bày',
    columns: [
      col('Mã', true, 'code', 'Mã duy nhất, ví dụ: LDTT, CSTDCS, GKHT'),
      col('Tên', true, 'text', 'Tên danh hiệu hoặc hình thức khen thưởng', { width: 260 }),
      col('Loại', false, 'text', 'Danh hiệu hoặc Hình thức', { choices: ['Danh hiệu', 'Hình thức'], default: 'Danh hiệu' }),
      col('Đối tượng', false, 'text', 'Cá nhân hoặc Tập thể (mặc định Cá nhân)', { choices: KIND_CHOICES, default: 'Cá nhân' }),
    ],
  },
  {
    name: 'Khen thưởng',
    required: false,
    note: 'Các danh hiệu, hình thức xét trong từng đợt, với chỉ tiêu và điều kiện',
    columns: [
      col('Mã đợt', true, 'code', 'Mã đợt xét (sheet Đợt thi đua)', { ref: 'phase', width: 80 }),
      col('Mã khen thưởng', true, 'code', 'Mã danh mục hoặc mã riêng của đợt', { width: 120 }),
      col('Tên', true, 'text', 'Tên danh hiệu / hình thức', { width: 220 }),
      col('Đối tượng', false, 'text', 'Cá nhân hoặc Tập thể (mặc định Cá nhân)', { choices: KIND_CHOICES, default: 'Cá nhân' }),
      col('Cách xét', false, 'text', 'Chỉ tiêu: lấy người xếp hạng cao nhất đến hết chỉ tiêu; Tiêu chuẩn: mọi người đạt điều kiện', {
        choices: ['Chỉ tiêu', 'Tiêu chuẩn'],
        default: 'Chỉ tiêu',
      }),
      col('Số lượng', false, 'integer', 'Chỉ tiêu (số lượng tối đa)', { min: 0, width: 80 }),
      col('Tỷ lệ tối đa (%)', false, 'percent', 'Giới hạn: tối đa p% của cơ sở tính tỷ lệ', { min: 0, max: 100 }),
      col('Tính tỷ lệ trên', false, 'code', 'Để trống hoặc Tổng số: số người (đơn vị); hoặc mã một khen thưởng xét trước trong đợt', {
        ref: 'award',
        width: 120,
      }),
      col('Chỉ tiêu phấn đấu (%)', false, 'percent', 'Tỷ lệ phấn đấu (chỉ cảnh báo nếu không đạt)', { min: 0, max: 100, width: 120 }),
      ...conditionColumns(CONDITIONS),
      col('Phân bổ theo đơn vị', false, 'boolean', 'Có: chia chỉ tiêu cho các đơn vị theo số người', { default: false, width: 120 }),
      col('Nhóm loại trừ', false, 'text', 'Mỗi người chỉ nhận tối đa một khen thưởng trong cùng nhóm', { width: 110 }),
      col('Thứ tự xét', false, 'integer', 'Thứ tự xét trong đợt (1, 2, …)', { min: 1, width: 80 }),
    ],
  },
  {
    name: 'Đăng ký',
    required: false,
    note: 'Đăng ký thi đua đầu năm của cá nhân và tập thể',
    columns: [
      col('Mã', true, 'code', 'Mã CB hoặc Mã đơn vị', { ref: 'participant' }),
      col('Mã danh mục', true, 'list', 'Mã các danh hiệu, hình thức đăng ký (sheet Danh mục), cách nhau bởi dấu phẩy', {
        ref: 'catalog',
        width: 140,
      }),
      col('Tên sáng kiến', false, 'text', 'Tên sáng kiến / đề tài (nếu có)', { width: 260 }),
      col('Ghi chú', false, 'text', 'Ghi chú', { width: 180 }),
    ],
  },
  {
    name: 'Lịch sử',
    required: false,
    note: 'Kết quả các năm trước của từng người (lệnh “Nhập kết quả năm trước”): để xét danh hiệu cần nhiều năm liên tục',
    columns: [
      col('Mã CB', true, 'code', 'Mã CB hiện nay', { ref: 'staff' }),
      col('Họ và tên', false, 'text', 'Họ và tên năm đó (để đối chiếu khi đổi tên)', { width: 200 }),
      col('Ngày sinh', false, 'date', 'Ngày sinh (dd/mm/yyyy), để nhận ra người khi đổi mã'),
      col('Năm học', true, 'text', 'Năm học, ví dụ: 2024-2025'),
      col('Danh hiệu', false, 'text', 'Danh hiệu, hình thức khen thưởng đạt được năm đó (trống nếu không có)', { width: 220 }),
      col('Xếp loại', false, 'text', 'Xếp loại viên chức năm đó', { choices: RATING_CHOICES }),
    ],
  },
];

/** The fixed columns of a score card; one column per criterion code follows them. */
export const CARD_COLUMNS: ColumnSpec[] = [
  col('Mã', true, 'code', 'Mã CB (hoặc Mã đơn vị trên phiếu chấm tập thể)', { ref: 'participant' }),
  col('Họ và tên', false, 'text', 'Họ và tên (để đối chiếu)', { width: 200 }),
  col('Đơn vị', false, 'text', 'Đơn vị (để đối chiếu)', { width: 140 }),
];

/** The fixed columns of `Phiếu {đợt}`; one column per council member code follows them (cells Đ, K or blank). */
export const VOTE_COLUMNS: ColumnSpec[] = [
  col('Mã', true, 'code', 'Mã CB hoặc Mã đơn vị', { ref: 'participant' }),
  col('Họ và tên', false, 'text', 'Họ và tên (để đối chiếu)', { width: 200 }),
  col('Mã khen thưởng', true, 'code', 'Mã khen thưởng của đợt (sheet Khen thưởng)', { ref: 'award', width: 120 }),
];

/** `Khen thưởng` with the columns of a condition registry (the built-in one is already in SHEETS). */
export function awardSheetSpec(conditions: ConditionRegistry): SheetSpec {
  const spec = sheetSpec('Khen thưởng');
  if (conditions === CONDITIONS) return spec;
  const known = new Set(spec.columns.map((c) => key(c.header)));
  return { ...spec, columns: [...spec.columns, ...conditionColumns(conditions).filter((c) => !known.has(key(c.header)))] };
}

export function sheetSpec(name: string): SheetSpec {
  const spec = SHEETS.find((s) => s.name === name);
  if (!spec) throw new Error(`no sheet spec ${name}`);
  return spec;
}

const { card: CARD_PREFIX, unitCardMark: UNIT_CARD_MARK, vote: VOTE_PREFIX } = SHEET_PREFIX;

/** The words of a name after NFC, trimming and collapsing spaces (case kept). */
function words(name: string): string[] {
  const clean = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  return clean === '' ? [] : clean.split(' ');
}

/**
 * `Chấm D1 TV02` → staff card of phase D1 by member TV02; `Chấm TT D1 TV02` → unit card. Matched like headers
 * (case, spaces, NFC); the codes are returned as written. Codes containing spaces cannot be named this way.
 */
export function parseCardSheetName(name: string): { kind: Kind; phase: string; member: string } | null {
  const w = words(name);
  if (w.length < 3 || key(w[0]) !== key(CARD_PREFIX)) return null;
  if (w.length === 4 && key(w[1]) === key(UNIT_CARD_MARK)) return { kind: 'unit', phase: w[2], member: w[3] };
  if (w.length === 3) return { kind: 'staff', phase: w[1], member: w[2] };
  return null;
}

/** `Phiếu D1` → 'D1'; null when the name is not a vote sheet's. */
export function parseVoteSheetName(name: string): string | null {
  const w = words(name);
  if (w.length !== 2 || key(w[0]) !== key(VOTE_PREFIX)) return null;
  return w[1];
}
