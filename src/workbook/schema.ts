// The input sheets of SPEC §2 as data: the readers match headers against these, and the Google Sheets set-up
// creates headers, notes and data validation from them. Names here are the canonical spelling.
import { key } from '../core/codes';
import type { Kind } from '../core/model';
import { CONDITIONS } from '../core/conditions/registry';
import type { ConditionRegistry } from '../core/conditions/registry';
import { SHEET, SHEET_PREFIX } from '../core/sheet-names';

export { cardSheetName, resultSheetName, voteSheetName } from '../core/sheet-names';

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

export const KIND_CHOICES = ['Cá nhân', 'Tập thể'];
export const RATING_CHOICES = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
export const DISCIPLINE_CHOICES = ['Khiển trách', 'Cảnh cáo', 'Hạ bậc lương', 'Giáng chức', 'Cách chức', 'Buộc thôi việc'];
export const AGGREGATION_CHOICES = ['Trung bình', 'Bỏ cao nhất và thấp nhất', 'Trung vị'];
export const APPORTION_CHOICES = ['Dư lớn nhất', "D'Hondt", 'Sainte-Laguë'];
export const BOOLEAN_CHOICES = ['Có', 'Không'];

/**
 * What a reader gets from a cell of each kind (`Table.get`): text, codes and dates ('' when blank; dates as ISO
 * yyyy-mm-dd), lists ([] when blank), numbers and booleans (null when blank, unless the column has a default).
 */
export interface KindValues {
  text: string;
  code: string;
  list: string[];
  date: string;
  number: number | null;
  integer: number | null;
  percent: number | null;
  boolean: boolean | null;
}

/** The default a column of a kind may declare. */
type DefaultOf<K extends ValueKind> = K extends 'boolean' ? boolean : K extends 'number' | 'integer' | 'percent' ? number : string;

export interface ColumnOptions<K extends ValueKind> {
  /** the column must be on the sheet (SPEC §2, the headers marked *) */
  required?: boolean;
  ref?: RefKind;
  choices?: readonly string[];
  min?: number;
  max?: number;
  /** value taken when the cell is blank (or unreadable: that is reported) */
  default?: DefaultOf<K>;
  width?: number;
}

/** The value type of a column: its kind's, never null when it has a default. */
type ValueOf<K extends ValueKind, O> = O extends { default: DefaultOf<K> } ? NonNullable<KindValues[K]> : KindValues[K];

/**
 * A typed column of a sheet definition: its spec, and (as a type only) the value `Table.get` returns for it. Made by
 * `col`, collected by `defineSheet`; code names it by its definition (`STAFF.monthsWorked`), never by its header.
 */
export interface Column<K extends ValueKind = ValueKind, V = unknown> extends ColumnSpec {
  readonly kind: K;
  /** type only: never set */
  readonly valueType?: V;
}

export function col<K extends ValueKind, const O extends ColumnOptions<K> = Record<never, never>>(
  header: string,
  kind: K,
  note: string,
  options?: O,
): Column<K, ValueOf<K, O>> {
  const o: ColumnOptions<K> = options ?? {};
  const width = o.width ?? (kind === 'text' ? 180 : kind === 'code' || kind === 'list' ? 110 : 100);
  const column: ColumnSpec = { header, required: o.required ?? false, note, kind, ref: o.ref ?? null, width };
  if (o.choices !== undefined) column.choices = [...o.choices];
  if (o.min !== undefined) column.min = o.min;
  if (o.max !== undefined) column.max = o.max;
  if (o.default !== undefined) column.default = o.default;
  return column as Column<K, ValueOf<K, O>>;
}

type Columns = Record<string, Column> & { spec?: never };

/** A sheet definition: its typed columns by name (`STAFF.monthsWorked`), and `spec`, the sheet as data. */
export type SheetDef<C extends Columns = Columns> = Readonly<Omit<C, 'spec'>> & { readonly spec: SheetSpec };

interface SheetMeta {
  required: boolean;
  note: string;
  params?: ParamSpec[];
}

/**
 * One sheet of SPEC §2 as a typed definition. The columns are in sheet order (the order the template writes them);
 * `inserted` puts columns that are defined elsewhere (the conditions') after one of them.
 */
export function defineSheet<C extends Columns>(
  name: string,
  meta: SheetMeta,
  columns: C,
  inserted?: { after: keyof C; columns: ColumnSpec[] },
): SheetDef<C> {
  const list: ColumnSpec[] = [];
  for (const [field, column] of Object.entries(columns)) {
    list.push(column);
    if (inserted !== undefined && field === inserted.after) list.push(...inserted.columns);
  }
  const spec: SheetSpec = { name, required: meta.required, note: meta.note, columns: list };
  if (meta.params !== undefined) spec.params = meta.params;
  return { ...columns, spec };
}

/** Council statistics (issue 15): the normalisation switch and the thresholds of the members' flags. */
const FAIRNESS_PARAMS = {
  normaliseMarks: {
    name: 'Chuẩn hóa điểm theo thành viên',
    kind: 'boolean',
    default: false,
    note: 'Có: trước khi tổng hợp, điểm của mỗi thành viên được quy về cùng mặt bằng với Hội đồng (người chấm rộng tay hay chặt tay đều có trọng lượng như nhau). Mặc định Không',
  },
  lenientSd: {
    name: 'Ngưỡng chấm dễ (độ lệch chuẩn)',
    kind: 'number',
    min: 0,
    default: 1.5,
    note: 'Thành viên chấm cao hơn các thành viên còn lại từ mức này (tính bằng độ lệch chuẩn của điểm đợt) được ghi là “dễ”. Mặc định 1,5',
  },
  strictSd: {
    name: 'Ngưỡng chấm khắt khe (độ lệch chuẩn)',
    kind: 'number',
    min: 0,
    default: 1.5,
    note: 'Thành viên chấm thấp hơn các thành viên còn lại từ mức này được ghi là “khắt khe”. Mặc định 1,5',
  },
  divergentRho: {
    name: 'Ngưỡng tương quan khác biệt',
    kind: 'number',
    min: -1,
    max: 1,
    default: 0.3,
    note: 'Thứ tự xếp của thành viên tương quan với các thành viên còn lại dưới mức này thì được ghi là “khác biệt”. Mặc định 0,3',
  },
} satisfies Record<string, ParamSpec>;

/**
 * The parameters of `Cấu hình`, by the Config field each sets (in sheet order): the reader names them by these keys,
 * the template and the set-up write their names, notes and rules.
 */
export const PARAMS = {
  schoolName: { name: 'Tên trường', kind: 'text', note: 'Tên đầy đủ của trường, ví dụ: Trường THCS Nguyễn Du' },
  managingBody: { name: 'Cơ quan chủ quản', kind: 'text', note: 'Cơ quan cấp trên, ví dụ: UBND phường Bến Thành' },
  schoolCode: { name: 'Ký hiệu trường', kind: 'text', note: 'Ký hiệu viết tắt dùng trong số văn bản, ví dụ: THCSND' },
  place: { name: 'Địa danh', kind: 'text', note: 'Địa danh ghi ở dòng ngày tháng, ví dụ: Bến Thành' },
  schoolYear: { name: 'Năm học', kind: 'text', note: 'Ví dụ: 2025-2026' },
  principal: { name: 'Hiệu trưởng', kind: 'text', note: 'Họ và tên Hiệu trưởng (khối chữ ký)' },
  recipient: { name: 'Nơi nhận báo cáo', kind: 'text', note: 'Nơi nhận báo cáo và đề nghị khen thưởng, ví dụ: UBND phường' },
  recipientEmail: { name: 'Email nơi nhận', kind: 'text', note: 'Email được chia sẻ quyền xem khi xuất báo cáo' },
  driveFolder: { name: 'Thư mục Drive', kind: 'text', note: 'Đường dẫn hoặc ID thư mục Google Drive chứa báo cáo xuất ra' },
  aggregation: {
    name: 'Cách tổng hợp điểm',
    kind: 'text',
    choices: AGGREGATION_CHOICES,
    default: 'Trung bình',
    note: 'Cách gộp điểm của các thành viên Hội đồng: Trung bình, Bỏ cao nhất và thấp nhất, hoặc Trung vị',
  },
  decimals: { name: 'Số chữ số thập phân', kind: 'integer', min: 0, max: 6, default: 2, note: 'Số chữ số thập phân của điểm (mặc định 2)' },
  apportionment: {
    name: 'Cách phân bổ chỉ tiêu',
    kind: 'text',
    choices: APPORTION_CHOICES,
    default: 'Dư lớn nhất',
    note: "Cách chia chỉ tiêu cho các đơn vị theo số người: Dư lớn nhất, D'Hondt hoặc Sainte-Laguë",
  },
  excludeSelfMarks: {
    name: 'Loại điểm tự chấm',
    kind: 'boolean',
    default: true,
    note: 'Có: bỏ điểm thành viên Hội đồng tự chấm cho mình (và cho đơn vị mình)',
  },
  womenPriority: {
    name: 'Ưu tiên nữ khi bằng điểm',
    kind: 'boolean',
    default: true,
    note: 'Có: khi bằng điểm, ưu tiên nữ (NĐ 152/2025 Điều 4)',
  },
  ...FAIRNESS_PARAMS,
  ballotChief: {
    name: 'Trưởng ban kiểm phiếu',
    kind: 'text',
    note: 'Họ và tên Trưởng ban kiểm phiếu (biên bản kiểm phiếu); để trống: ghi tay',
  },
  ballotSecretary: {
    name: 'Thư ký kiểm phiếu',
    kind: 'text',
    note: 'Họ và tên Thư ký ban kiểm phiếu (biên bản kiểm phiếu); để trống: ghi tay',
  },
  decisionBases: {
    name: 'Căn cứ quyết định',
    kind: 'text',
    note: 'Các dòng “Căn cứ …” của quyết định khen thưởng, mỗi dòng một căn cứ (xuống dòng trong ô); để trống: Luật TĐKT 2022, NĐ 152/2025, kế hoạch thi đua của trường và biên bản họp Hội đồng',
  },
  baseSalary: {
    name: 'Lương cơ sở',
    kind: 'number',
    min: 0,
    default: 2340000,
    note: 'Mức lương cơ sở (đồng) để tính tiền thưởng; mặc định 2.340.000 (NĐ 73/2024) [cần kiểm tra mức hiện hành]',
  },
  cstdcs: {
    name: 'Hệ số CSTĐCS',
    kind: 'number',
    min: 0,
    default: 1,
    note: 'Tiền thưởng Chiến sĩ thi đua cơ sở = hệ số × lương cơ sở (mặc định 1,0) [cần kiểm tra theo NĐ 152/2025]',
  },
  ldtt: {
    name: 'Hệ số LĐTT',
    kind: 'number',
    min: 0,
    default: 0.3,
    note: 'Tiền thưởng Lao động tiên tiến = hệ số × lương cơ sở (mặc định 0,3) [cần kiểm tra theo NĐ 152/2025]',
  },
  unitExcellent: {
    name: 'Hệ số Tập thể LĐXS',
    kind: 'number',
    min: 0,
    default: 1.5,
    note: 'Tiền thưởng Tập thể lao động xuất sắc = hệ số × lương cơ sở (mặc định 1,5) [cần kiểm tra theo NĐ 152/2025]',
  },
  unitAdvanced: {
    name: 'Hệ số Tập thể LĐTT',
    kind: 'number',
    min: 0,
    default: 0.8,
    note: 'Tiền thưởng Tập thể lao động tiên tiến = hệ số × lương cơ sở (mặc định 0,8) [cần kiểm tra theo NĐ 152/2025]',
  },
  staffCertificate: {
    name: 'Hệ số giấy khen cá nhân',
    kind: 'number',
    min: 0,
    default: 0.3,
    note: 'Tiền thưởng kèm giấy khen cho cá nhân = hệ số × lương cơ sở (mặc định 0,3) [cần kiểm tra theo NĐ 152/2025]',
  },
  unitCertificate: {
    name: 'Hệ số giấy khen tập thể',
    kind: 'number',
    min: 0,
    default: 0.6,
    note: 'Tiền thưởng kèm giấy khen cho tập thể = hệ số × lương cơ sở (mặc định 0,6) [cần kiểm tra theo NĐ 152/2025]',
  },
  rewardRounding: {
    name: 'Làm tròn tiền thưởng lên (đồng)',
    kind: 'integer',
    min: 0,
    default: 1000,
    note: 'Tiền thưởng được làm tròn lên bội số này (mặc định 1.000 đồng; 0: không làm tròn)',
  },
  excellentCapPercent: {
    name: 'Tỷ lệ HTXSNV tối đa (%)',
    kind: 'number',
    min: 0,
    max: 100,
    default: 20,
    note: 'Cảnh báo khi số viên chức xếp loại HTXSNV vượt tỷ lệ này trên số người HTTNV trở lên (mặc định 20%) [cần kiểm tra]',
  },
} satisfies Record<string, ParamSpec>;

/** The `Khen thưởng` columns of the award conditions, from the condition registry. */
function conditionColumns(conditions: ConditionRegistry): ColumnSpec[] {
  return conditions.columns().map((c) =>
    col(c.header, c.kind, c.note, {
      ref: c.namesAwards === true ? 'award' : null,
      choices: c.choices,
      min: c.min,
      max: c.max,
      default: c.kind === 'boolean' ? false : undefined,
      width: c.width,
    }),
  );
}

/** `“Đơn vị”`: a sheet's name as the notes quote it. */
const sheetRef = (name: string): string => `trang tính “${name}”`;

export const CONFIG = defineSheet(
  SHEET.config,
  { required: false, note: 'Thông tin chung của trường và các tùy chọn tính điểm', params: Object.values(PARAMS) },
  {
    param: col('Tham số', 'text', 'Tên tham số (không sửa)', { required: true, width: 200 }),
    value: col('Giá trị', 'text', 'Giá trị của tham số', { required: true, width: 320 }),
  },
);

export const UNITS = defineSheet(
  SHEET.units,
  { required: true, note: 'Danh sách tổ, lớp, bộ phận (tập thể)' },
  {
    id: col('Mã đơn vị', 'code', 'Mã duy nhất của đơn vị, ví dụ: T1', { required: true }),
    name: col('Tên đơn vị', 'text', 'Tên đơn vị, ví dụ: Tổ Toán – Tin', { required: true, width: 220 }),
    type: col('Loại', 'text', 'Tổ, Lớp hoặc Bộ phận', { choices: ['Tổ', 'Lớp', 'Bộ phận'] }),
  },
);

export const STAFF = defineSheet(
  SHEET.staff,
  { required: true, note: 'Danh sách cán bộ, giáo viên, nhân viên (cá nhân)' },
  {
    id: col('Mã CB', 'code', 'Mã duy nhất của cán bộ, ví dụ: CB001', { required: true }),
    name: col('Họ và tên', 'text', 'Họ và tên đầy đủ', { required: true, width: 200 }),
    unitId: col('Mã đơn vị', 'code', `Mã đơn vị (${sheetRef(SHEET.units)}) mà cán bộ thuộc về`, { required: true, ref: 'unit' }),
    position: col('Chức vụ', 'text', 'Ví dụ: Giáo viên, Tổ trưởng', { width: 140 }),
    gender: col('Giới tính', 'text', 'Nam hoặc Nữ', { choices: ['Nam', 'Nữ'], width: 80 }),
    birthDate: col('Ngày sinh', 'date', 'Ngày sinh (dd/mm/yyyy)'),
    email: col('Email', 'text', 'Email của cán bộ', { width: 200 }),
    monthsWorked: col('Số tháng công tác', 'number', 'Số tháng công tác trong năm học (mặc định 12)', { min: 0, max: 12, default: 12 }),
    discipline: col(
      'Kỷ luật',
      'text',
      'Để trống nếu không bị kỷ luật; hoặc Khiển trách, Cảnh cáo, Hạ bậc lương, Giáng chức, Cách chức, Buộc thôi việc',
      { choices: DISCIPLINE_CHOICES, width: 130 },
    ),
    rating: col('Xếp loại viên chức', 'text', 'HTXSNV, HTTNV, HTNV hoặc KHTNV', { choices: RATING_CHOICES, width: 120 }),
    initiative: col('Sáng kiến', 'boolean', 'Có nếu có sáng kiến hoặc đề tài được công nhận trong năm', { default: false, width: 90 }),
    active: col('Đang công tác', 'boolean', 'Không nếu đã nghỉ/chuyển công tác (không tham gia xét) — mặc định Có', {
      default: true,
      width: 100,
    }),
  },
);

export const MEMBERS = defineSheet(
  SHEET.members,
  { required: true, note: 'Thành viên Hội đồng Thi đua – Khen thưởng' },
  {
    id: col('Mã thành viên', 'code', 'Mã duy nhất của thành viên, ví dụ: TV01', { required: true }),
    name: col('Họ và tên', 'text', 'Họ và tên thành viên', { required: true, width: 200 }),
    email: col('Email', 'text', 'Email của thành viên', { width: 200 }),
    staffId: col('Mã CB', 'code', 'Mã CB nếu thành viên cũng là cán bộ của trường', { ref: 'staff' }),
    role: col('Vai trò', 'text', 'Ví dụ: Chủ tịch, Phó Chủ tịch, Thư ký, Ủy viên', { width: 130 }),
    present: col('Có mặt', 'boolean', 'Không nếu vắng mặt tại cuộc họp xét thi đua (biên bản họp); để trống: có mặt', {
      default: true,
      width: 80,
    }),
  },
);

const PHASE_TYPE_CHOICES = ['Đợt', 'Cả năm'];

export const PHASES = defineSheet(
  SHEET.phases,
  { required: true, note: 'Các đợt thi đua trong năm học' },
  {
    id: col('Mã đợt', 'code', 'Mã duy nhất của đợt, ví dụ: D1, CN', { required: true, width: 80 }),
    name: col('Tên đợt', 'text', 'Tên đợt, ví dụ: Đợt 1 – Chào mừng 20/11', { required: true, width: 220 }),
    theme: col('Chủ đề', 'text', 'Chủ đề của đợt thi đua', { width: 220 }),
    from: col('Từ ngày', 'date', 'Ngày bắt đầu (dd/mm/yyyy)'),
    to: col('Đến ngày', 'date', 'Ngày kết thúc (dd/mm/yyyy)'),
    type: col('Loại', 'text', 'Đợt hoặc Cả năm (mặc định Đợt)', { choices: PHASE_TYPE_CHOICES, default: 'Đợt', width: 90 }),
    yearWeight: col('Trọng số cả năm', 'number', 'Trọng số của đợt khi tính điểm cả năm (mặc định 1; 0 = không tính)', {
      min: 0,
      default: 1,
      width: 110,
    }),
    meetingDate: col('Ngày họp', 'date', 'Ngày họp Hội đồng xét thi đua của đợt (dd/mm/yyyy), ghi trong biên bản'),
    meetingPlace: col('Địa điểm họp', 'text', 'Nơi họp Hội đồng, ví dụ: Phòng họp Hội đồng sư phạm', { width: 200 }),
  },
);

export const CRITERIA = defineSheet(
  SHEET.criteria,
  { required: true, note: 'Các tiêu chí chấm điểm' },
  {
    id: col('Mã tiêu chí', 'code', 'Mã duy nhất của tiêu chí, ví dụ: TC01', { required: true }),
    text: col('Nội dung', 'text', 'Nội dung tiêu chí', { required: true, width: 320 }),
    kind: col('Đối tượng', 'text', 'Cá nhân hoặc Tập thể (mặc định Cá nhân)', { choices: KIND_CHOICES, default: 'Cá nhân' }),
    group: col('Nhóm', 'text', 'Nhóm tiêu chí (để trình bày)', { width: 140 }),
    min: col('Điểm tối thiểu', 'number', 'Điểm thấp nhất (mặc định 0; được âm nếu là điểm trừ)', { default: 0 }),
    max: col('Điểm tối đa', 'number', 'Điểm cao nhất, phải lớn hơn Điểm tối thiểu', { required: true }),
    weight: col('Trọng số', 'number', 'Trọng số (mặc định 1), phải lớn hơn 0', { default: 1 }),
    phases: col('Đợt áp dụng', 'list', 'Để trống: mọi đợt; hoặc các mã đợt cách nhau bởi dấu phẩy', { ref: 'phase' }),
    tieBreak: col('Ưu tiên khi bằng điểm', 'integer', 'Thứ tự xét khi bằng điểm: 1, 2, …; để trống nếu không dùng', {
      min: 1,
      width: 120,
    }),
  },
);

export const BANDS = defineSheet(
  SHEET.bands,
  { required: false, note: 'Các mức xếp loại theo điểm (thang 100), mức cao nhất trước' },
  {
    name: col('Xếp loại', 'text', 'Tên mức xếp loại, ví dụ: Tốt, Khá', { required: true, width: 140 }),
    from: col('Điểm từ', 'number', 'Điểm thấp nhất của mức (thang 100)', { required: true, min: 0, max: 100 }),
  },
);

export const CATALOG = defineSheet(
  SHEET.catalog,
  { required: false, note: 'Danh mục danh hiệu thi đua và hình thức khen thưởng, theo thứ tự trình bày' },
  {
    id: col('Mã', 'code', 'Mã duy nhất, ví dụ: LDTT, CSTDCS, GKHT', { required: true }),
    name: col('Tên', 'text', 'Tên danh hiệu hoặc hình thức khen thưởng', { required: true, width: 260 }),
    type: col('Loại', 'text', 'Danh hiệu hoặc Hình thức', { choices: ['Danh hiệu', 'Hình thức'], default: 'Danh hiệu' }),
    kind: col('Đối tượng', 'text', 'Cá nhân hoặc Tập thể (mặc định Cá nhân)', { choices: KIND_CHOICES, default: 'Cá nhân' }),
  },
);

/** `Khen thưởng`: its own columns, with the built-in conditions' columns (from their registry) after `targetPercent`. */
export const AWARDS = defineSheet(
  SHEET.awards,
  { required: false, note: 'Các danh hiệu, hình thức xét trong từng đợt, với chỉ tiêu và điều kiện' },
  {
    phaseId: col('Mã đợt', 'code', `Mã đợt xét (${sheetRef(SHEET.phases)})`, { required: true, ref: 'phase', width: 80 }),
    code: col('Mã khen thưởng', 'code', 'Mã danh mục hoặc mã riêng của đợt', { required: true, width: 120 }),
    name: col('Tên', 'text', 'Tên danh hiệu / hình thức', { required: true, width: 220 }),
    kind: col('Đối tượng', 'text', 'Cá nhân hoặc Tập thể (mặc định Cá nhân)', { choices: KIND_CHOICES, default: 'Cá nhân' }),
    method: col('Cách xét', 'text', 'Chỉ tiêu: lấy người xếp hạng cao nhất đến hết chỉ tiêu; Tiêu chuẩn: mọi người đạt điều kiện', {
      choices: ['Chỉ tiêu', 'Tiêu chuẩn'],
      default: 'Chỉ tiêu',
    }),
    count: col('Số lượng', 'integer', 'Chỉ tiêu (số lượng tối đa)', { min: 0, width: 80 }),
    capPercent: col('Tỷ lệ tối đa (%)', 'percent', 'Giới hạn: tối đa p% của cơ sở tính tỷ lệ', { min: 0, max: 100 }),
    capBase: col('Tính tỷ lệ trên', 'code', 'Để trống hoặc Tổng số: số người (đơn vị); hoặc mã một khen thưởng xét trước trong đợt', {
      ref: 'award',
      width: 120,
    }),
    targetPercent: col('Chỉ tiêu phấn đấu (%)', 'percent', 'Tỷ lệ phấn đấu (chỉ cảnh báo nếu không đạt)', { min: 0, max: 100, width: 120 }),
    splitByUnit: col('Phân bổ theo đơn vị', 'boolean', 'Có: chia chỉ tiêu cho các đơn vị theo số người', { default: false, width: 120 }),
    exclusionGroup: col('Nhóm loại trừ', 'text', 'Mỗi người chỉ nhận tối đa một khen thưởng trong cùng nhóm', { width: 110 }),
    order: col('Thứ tự xét', 'integer', 'Thứ tự xét trong đợt (1, 2, …)', { min: 1, width: 80 }),
  },
  { after: 'targetPercent', columns: conditionColumns(CONDITIONS) },
);

export const REGISTRATIONS = defineSheet(
  SHEET.registrations,
  { required: false, note: 'Đăng ký thi đua đầu năm của cá nhân và tập thể' },
  {
    id: col('Mã', 'code', 'Mã CB hoặc Mã đơn vị', { required: true, ref: 'participant' }),
    codes: col('Mã danh mục', 'list', `Mã các danh hiệu, hình thức đăng ký (${sheetRef(SHEET.catalog)}), cách nhau bởi dấu phẩy`, {
      required: true,
      ref: 'catalog',
      width: 140,
    }),
    initiativeName: col('Tên sáng kiến', 'text', 'Tên sáng kiến / đề tài (nếu có)', { width: 260 }),
    note: col('Ghi chú', 'text', 'Ghi chú', { width: 180 }),
  },
);

export const HISTORY = defineSheet(
  SHEET.history,
  {
    required: false,
    note: 'Kết quả các năm trước của từng người (lệnh “Nhập kết quả năm trước”): để xét danh hiệu cần nhiều năm liên tục',
  },
  {
    id: col('Mã CB', 'code', 'Mã CB hiện nay', { required: true, ref: 'staff' }),
    name: col('Họ và tên', 'text', 'Họ và tên năm đó (để đối chiếu khi đổi tên)', { width: 200 }),
    birthDate: col('Ngày sinh', 'date', 'Ngày sinh (dd/mm/yyyy), để nhận ra người khi đổi mã'),
    year: col('Năm học', 'text', 'Năm học, ví dụ: 2024-2025', { required: true }),
    title: col('Danh hiệu', 'text', 'Danh hiệu, hình thức khen thưởng đạt được năm đó (trống nếu không có)', { width: 220 }),
    rating: col('Xếp loại', 'text', 'Xếp loại viên chức năm đó', { choices: RATING_CHOICES }),
  },
);

/** A definition with more columns after its own (a test's made-up column; see docs/EXTENDING.md “Add a column”). */
export function extendSheet<C extends Columns, E extends Columns>(def: SheetDef<C>, columns: E): SheetDef<C & E> {
  const known = new Set(def.spec.columns.map((c) => key(c.header)));
  for (const c of Object.values(columns)) {
    if (known.has(key(c.header))) throw new Error(`${def.spec.name} already has a column ${c.header}`);
  }
  const { spec, ...own } = def;
  const all = { ...own, ...columns } as unknown as C & E;
  return { ...all, spec: { ...spec, columns: [...spec.columns, ...Object.values(columns)] } };
}

/** The input sheets of SPEC §2, in the order the template and the set-up create them. */
const SHEET_DEFS = [CONFIG, UNITS, STAFF, MEMBERS, PHASES, CRITERIA, BANDS, CATALOG, AWARDS, REGISTRATIONS, HISTORY] as const;

export const SHEETS: SheetSpec[] = SHEET_DEFS.map((d) => d.spec);

/** A score card's fixed columns (`Chấm {đợt} {thành viên}`); one column per criterion code follows them. */
export const CARD = defineSheet(
  `${SHEET_PREFIX.card} {đợt} {thành viên}`,
  { required: false, note: 'Phiếu chấm điểm của một thành viên Hội đồng trong một đợt' },
  {
    id: col('Mã', 'code', 'Mã CB (hoặc Mã đơn vị trên phiếu chấm tập thể)', { required: true, ref: 'participant' }),
    name: col('Họ và tên', 'text', 'Họ và tên (để đối chiếu)', { width: 200 }),
    unit: col('Đơn vị', 'text', 'Đơn vị (để đối chiếu)', { width: 140 }),
  },
);

/** The fixed columns of `Phiếu {đợt}`; one column per council member code follows them (cells Đ, K or blank). */
export const VOTE = defineSheet(
  `${SHEET_PREFIX.vote} {đợt}`,
  { required: false, note: 'Phiếu biểu quyết của Hội đồng trong một đợt' },
  {
    id: col('Mã', 'code', 'Mã CB hoặc Mã đơn vị', { required: true, ref: 'participant' }),
    name: col('Họ và tên', 'text', 'Họ và tên (để đối chiếu)', { width: 200 }),
    award: col('Mã khen thưởng', 'code', `Mã khen thưởng của đợt (${sheetRef(SHEET.awards)})`, {
      required: true,
      ref: 'award',
      width: 120,
    }),
  },
);

export const CARD_COLUMNS: ColumnSpec[] = CARD.spec.columns;
export const VOTE_COLUMNS: ColumnSpec[] = VOTE.spec.columns;

/** `Khen thưởng` with the columns of a condition registry (the built-in one is already in AWARDS). */
export function awardSheetSpec(conditions: ConditionRegistry): SheetSpec {
  const spec = AWARDS.spec;
  if (conditions === CONDITIONS) return spec;
  const known = new Set(spec.columns.map((c) => key(c.header)));
  return { ...spec, columns: [...spec.columns, ...conditionColumns(conditions).filter((c) => !known.has(key(c.header)))] };
}

/** A sheet's spec by its name (for code that loops over names; readers use the definitions). */
export function sheetSpec(name: string): SheetSpec {
  const spec = SHEETS.find((s) => key(s.name) === key(name));
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
