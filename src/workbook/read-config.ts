// `Cấu hình`: parameter rows (`Tham số`, `Giá trị`); a missing sheet, row or value keeps the default.
import { DEFAULT_CONFIG, DEFAULT_REWARD_COEFFICIENTS } from '../core/model';
import { key } from '../core/codes';
import type { Aggregation, ApportionMethod, Config, RewardCoefficients } from '../core/model';
import { choiceIndex, readBoolean, readInteger, readNumber, readText } from './cells';
import type { Read } from './cells';
import { MSG } from './messages';
import { AGGREGATION_CHOICES, APPORTION_CHOICES, CONFIG } from './schema';
import { openTable } from './table';
import type { ProblemLog, SheetIndex } from './table';

const TEXT_PARAMS: Record<string, keyof Config> = {
  'Tên trường': 'schoolName',
  'Cơ quan chủ quản': 'managingBody',
  'Ký hiệu trường': 'schoolCode',
  'Địa danh': 'place',
  'Năm học': 'schoolYear',
  'Hiệu trưởng': 'principal',
  'Nơi nhận báo cáo': 'recipient',
  'Email nơi nhận': 'recipientEmail',
  'Thư mục Drive': 'driveFolder',
  'Trưởng ban kiểm phiếu': 'ballotChief',
  'Thư ký kiểm phiếu': 'ballotSecretary',
};

/** `Hệ số …` rows: the reward coefficient of each kind of title. */
const COEFFICIENT_PARAMS: Record<string, keyof RewardCoefficients> = {
  'Hệ số CSTĐCS': 'cstdcs',
  'Hệ số LĐTT': 'ldtt',
  'Hệ số Tập thể LĐXS': 'unitExcellent',
  'Hệ số Tập thể LĐTT': 'unitAdvanced',
  'Hệ số giấy khen cá nhân': 'staffCertificate',
  'Hệ số giấy khen tập thể': 'unitCertificate',
};

const AGGREGATIONS: Aggregation[] = ['mean', 'trimmed', 'median'];
const APPORTIONMENTS: ApportionMethod[] = ['hamilton', 'dhondt', 'sainte-lague'];
/** also accepted without diacritics */
const APPORTION_ALIASES = [...APPORTION_CHOICES, 'Sainte-Lague', 'Du lon nhat'];
const APPORTION_ALIAS_METHODS: ApportionMethod[] = [...APPORTIONMENTS, 'sainte-lague', 'hamilton'];

const MAX_DECIMALS = 6;

/** The thresholds of the members' flags (issue 15): field, smallest and largest accepted value. */
const FAIRNESS_THRESHOLDS = new Map<string, ['lenientSd' | 'strictSd' | 'divergentRho', number, number]>([
  [key('Ngưỡng chấm dễ (độ lệch chuẩn)'), ['lenientSd', 0, Infinity]],
  [key('Ngưỡng chấm khắt khe (độ lệch chuẩn)'), ['strictSd', 0, Infinity]],
  [key('Ngưỡng tương quan khác biệt'), ['divergentRho', -1, 1]],
]);

export function readConfig(index: SheetIndex, log: ProblemLog): Config {
  const config: Config = { ...DEFAULT_CONFIG };
  const table = openTable(index, CONFIG.spec, log, false);
  if (!table) return config;
  const textKeys = new Map(Object.entries(TEXT_PARAMS).map(([name, field]) => [key(name), field]));
  const coefficientKeys = new Map(Object.entries(COEFFICIENT_PARAMS).map(([name, field]) => [key(name), field]));
  for (const r of table.rows) {
    const name = table.get(r, CONFIG.param);
    if (name === '') continue;
    const raw = table.raw(r, CONFIG.value);
    const where = table.where(r, CONFIG.value);
    const take = <T>(read: Read<T>): T | null => {
      if (read === null) return null;
      if (!read.ok) {
        log.error(where, read.message);
        return null;
      }
      return read.value;
    };
    const k = key(name);
    const textField = textKeys.get(k);
    if (textField !== undefined) {
      const text = take(readText(raw));
      if (text !== null) (config as unknown as Record<string, unknown>)[textField] = text;
    } else if (k === key('Cách tổng hợp điểm')) {
      const text = take(readText(raw));
      if (text !== null) {
        const i = choiceIndex(text, AGGREGATION_CHOICES);
        if (i >= 0) config.aggregation = AGGREGATIONS[i];
        else log.error(where, MSG.notChoice(text, AGGREGATION_CHOICES));
      }
    } else if (k === key('Số chữ số thập phân')) {
      const n = take(readInteger(raw));
      if (n !== null && n < 0) log.error(where, MSG.belowMin(n, 0));
      else if (n !== null && n > MAX_DECIMALS) log.error(where, MSG.aboveMax(n, MAX_DECIMALS));
      else if (n !== null) config.decimals = n;
    } else if (k === key('Cách phân bổ chỉ tiêu')) {
      const text = take(readText(raw));
      if (text !== null) {
        const i = choiceIndex(text, APPORTION_ALIASES);
        if (i >= 0) config.apportionment = APPORTION_ALIAS_METHODS[i];
        else log.error(where, MSG.notChoice(text, APPORTION_CHOICES));
      }
    } else if (k === key('Loại điểm tự chấm')) {
      config.excludeSelfMarks = take(readBoolean(raw)) ?? DEFAULT_CONFIG.excludeSelfMarks;
    } else if (k === key('Ưu tiên nữ khi bằng điểm')) {
      config.womenPriority = take(readBoolean(raw)) ?? DEFAULT_CONFIG.womenPriority;
    } else if (k === key('Chuẩn hóa điểm theo thành viên')) {
      config.normaliseMarks = take(readBoolean(raw)) ?? DEFAULT_CONFIG.normaliseMarks;
    } else if (FAIRNESS_THRESHOLDS.has(k)) {
      const [field, min, max] = FAIRNESS_THRESHOLDS.get(k) ?? ['lenientSd', 0, 0];
      const n = take(readNumber(raw));
      if (n !== null && n < min) log.error(where, MSG.belowMin(n, min));
      else if (n !== null && n > max) log.error(where, MSG.aboveMax(n, max));
      else if (n !== null) config[field] = n;
    } else if (coefficientKeys.has(k)) {
      const n = take(readNumber(raw));
      if (n !== null && n < 0) log.error(where, MSG.belowMin(n, 0));
      else if (n !== null)
        config.rewardCoefficients = {
          ...(config.rewardCoefficients ?? DEFAULT_REWARD_COEFFICIENTS),
          [coefficientKeys.get(k) as keyof RewardCoefficients]: n,
        };
    } else if (k === key('Căn cứ quyết định')) {
      const text = take(readText(raw));
      if (text !== null)
        config.decisionBases = text
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => line !== '');
    } else if (k === key('Lương cơ sở')) {
      const n = take(readNumber(raw));
      if (n !== null && n < 0) log.error(where, MSG.belowMin(n, 0));
      else if (n !== null) config.baseSalary = n;
    } else if (k === key('Làm tròn tiền thưởng lên (đồng)')) {
      const n = take(readInteger(raw));
      if (n !== null && n < 0) log.error(where, MSG.belowMin(n, 0));
      else if (n !== null) config.rewardRounding = n;
    } else if (k === key('Tỷ lệ HTXSNV tối đa (%)')) {
      const n = take(readNumber(raw));
      if (n !== null && n < 0) log.error(where, MSG.belowMin(n, 0));
      else if (n !== null && n > 100) log.error(where, MSG.aboveMax(n, 100));
      else if (n !== null) config.excellentCapPercent = n;
    } else {
      log.warning(table.where(r, CONFIG.param), MSG.unknownParam(name));
    }
  }
  return config;
}
