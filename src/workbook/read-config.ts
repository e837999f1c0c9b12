// `Cấu hình`: parameter rows (`Tham số`, `Giá trị`); a missing sheet, row or value keeps the default. The parameters
// are named by their definitions (PARAMS in schema.ts): a mistyped one does not compile.
import { DEFAULT_CONFIG, DEFAULT_REWARD_COEFFICIENTS } from '../core/model';
import { key } from '../core/codes';
import type { Aggregation, ApportionMethod, CellRef, Config, RewardCoefficients } from '../core/model';
import { choiceIndex, readBoolean, readInteger, readNumber, readText } from './cells';
import type { Read } from './cells';
import { MSG } from './messages';
import { AGGREGATION_CHOICES, APPORTION_CHOICES, CONFIG, PARAMS } from './schema';
import type { ParamSpec } from './schema';
import { openTable } from './table';
import type { ProblemLog, SheetIndex } from './table';

type Param = keyof typeof PARAMS;

/** Text parameters, each the Config field of the same name. */
const TEXT_FIELDS = [
  'schoolName',
  'managingBody',
  'schoolCode',
  'place',
  'schoolYear',
  'principal',
  'recipient',
  'recipientEmail',
  'driveFolder',
  'ballotChief',
  'ballotSecretary',
] as const satisfies readonly (Param & keyof Config)[];

/** `Có`/`Không` parameters. */
const BOOLEAN_FIELDS = ['excludeSelfMarks', 'womenPriority', 'normaliseMarks'] as const satisfies readonly (Param & keyof Config)[];

/** Numbers within their parameter's min/max, each the Config field of the same name. */
const NUMBER_FIELDS = [
  'decimals',
  'lenientSd',
  'strictSd',
  'divergentRho',
  'baseSalary',
  'rewardRounding',
  'excellentCapPercent',
] as const satisfies readonly (Param & keyof Config)[];

/** `Hệ số …` rows: the reward coefficient of each kind of title. */
const COEFFICIENT_FIELDS = [
  'cstdcs',
  'ldtt',
  'unitExcellent',
  'unitAdvanced',
  'staffCertificate',
  'unitCertificate',
] as const satisfies readonly (Param & keyof RewardCoefficients)[];

const AGGREGATIONS: Aggregation[] = ['mean', 'trimmed', 'median'];
const APPORTIONMENTS: ApportionMethod[] = ['hamilton', 'dhondt', 'sainte-lague'];
/** also accepted without diacritics */
const APPORTION_ALIASES = [...APPORTION_CHOICES, 'Sainte-Lague', 'Du lon nhat'];
const APPORTION_ALIAS_METHODS: ApportionMethod[] = [...APPORTIONMENTS, 'sainte-lague', 'hamilton'];

const byKey = <F extends Param>(fields: readonly F[]): Map<string, F> => new Map(fields.map((f) => [key(PARAMS[f].name), f]));
const TEXT_KEYS = byKey(TEXT_FIELDS);
const BOOLEAN_KEYS = byKey(BOOLEAN_FIELDS);
const NUMBER_KEYS = byKey(NUMBER_FIELDS);
const COEFFICIENT_KEYS = byKey(COEFFICIENT_FIELDS);
const is = (k: string, param: Param): boolean => k === key(PARAMS[param].name);

export function readConfig(index: SheetIndex, log: ProblemLog): Config {
  const config: Config = { ...DEFAULT_CONFIG };
  const table = openTable(index, CONFIG.spec, log, false);
  if (!table) return config;
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
    /** The number of a numeric parameter within its min/max; null when blank or reported. */
    const number = (param: ParamSpec): number | null =>
      inRange(take(param.kind === 'integer' ? readInteger(raw) : readNumber(raw)), param, where, log);
    const k = key(name);
    const textField = TEXT_KEYS.get(k);
    const booleanField = BOOLEAN_KEYS.get(k);
    const numberField = NUMBER_KEYS.get(k);
    const coefficient = COEFFICIENT_KEYS.get(k);
    if (textField !== undefined) {
      const text = take(readText(raw));
      if (text !== null) config[textField] = text;
    } else if (booleanField !== undefined) {
      config[booleanField] = take(readBoolean(raw)) ?? DEFAULT_CONFIG[booleanField];
    } else if (numberField !== undefined) {
      const n = number(PARAMS[numberField]);
      if (n !== null) config[numberField] = n;
    } else if (coefficient !== undefined) {
      const n = number(PARAMS[coefficient]);
      if (n !== null) config.rewardCoefficients = { ...(config.rewardCoefficients ?? DEFAULT_REWARD_COEFFICIENTS), [coefficient]: n };
    } else if (is(k, 'aggregation')) {
      const text = take(readText(raw));
      if (text !== null) {
        const i = choiceIndex(text, AGGREGATION_CHOICES);
        if (i >= 0) config.aggregation = AGGREGATIONS[i];
        else log.error(where, MSG.notChoice(text, AGGREGATION_CHOICES));
      }
    } else if (is(k, 'apportionment')) {
      const text = take(readText(raw));
      if (text !== null) {
        const i = choiceIndex(text, APPORTION_ALIASES);
        if (i >= 0) config.apportionment = APPORTION_ALIAS_METHODS[i];
        else log.error(where, MSG.notChoice(text, APPORTION_CHOICES));
      }
    } else if (is(k, 'decisionBases')) {
      const text = take(readText(raw));
      if (text !== null)
        config.decisionBases = text
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => line !== '');
    } else {
      log.warning(table.where(r, CONFIG.param), MSG.unknownParam(name));
    }
  }
  return config;
}

function inRange(n: number | null, param: ParamSpec, where: CellRef, log: ProblemLog): number | null {
  if (n === null) return null;
  if (param.min !== undefined && n < param.min) {
    log.error(where, MSG.belowMin(n, param.min));
    return null;
  }
  if (param.max !== undefined && n > param.max) {
    log.error(where, MSG.aboveMax(n, param.max));
    return null;
  }
  return n;
}
