// `Danh mục`, `Khen thưởng`, `Đăng ký`.
import { joinKey, key } from '../core/codes';
import type { ConditionCells } from '../core/conditions/condition';
import { CONDITIONS } from '../core/conditions/registry';
import type { ConditionRegistry } from '../core/conditions/registry';
import type { AwardBase, AwardRule, CatalogEntry, CellRef, Phase, Registration, Staff, Unit } from '../core/model';
import { readBoolean } from './cells';
import { disciplineLevelOf, ratingOf } from './levels';
import { MSG } from './messages';
import { Registry } from './registry';
import { awardSheetSpec, DISCIPLINE_CHOICES, KIND_CHOICES, RATING_CHOICES, sheetSpec } from './schema';
import { openTable } from './table';
import type { ProblemLog, SheetIndex, Table, TableRow } from './table';

export function readCatalog(index: SheetIndex, log: ProblemLog): Registry<CatalogEntry> {
  const catalog = new Registry<CatalogEntry>();
  const table = openTable(index, sheetSpec('Danh mục'), log);
  if (!table) {
    catalog.unreadable = true;
    return catalog;
  }
  for (const r of table.rows) {
    const id = table.required(r, 'Mã');
    const name = table.required(r, 'Tên', 'text');
    const type = table.choice(r, 'Loại', ['Danh hiệu', 'Hình thức']);
    const kind = table.choice(r, 'Đối tượng', KIND_CHOICES);
    if (id === '' || name === '') {
      catalog.reject(id);
      continue;
    }
    const entry: CatalogEntry = { id, name, type: type === 1 ? 'form' : 'title', kind: kind === 1 ? 'unit' : 'staff', row: r.row };
    catalog.add(id, entry, r.row, table.where(r, 'Mã'), 'Mã', log);
  }
  return catalog;
}

interface AwardRefs {
  rule: AwardRule;
  lists: { codes: string[]; where: CellRef }[];
}

function awardKey(phaseId: string, code: string): string {
  return joinKey(key(phaseId), key(code));
}

/** `conditions`: the award condition registry (the built-in one; a test may pass an extended one). */
export function readAwards(
  index: SheetIndex,
  log: ProblemLog,
  phases: Registry<Phase>,
  conditions: ConditionRegistry = CONDITIONS,
): AwardRule[] {
  const table = openTable(index, awardSheetSpec(conditions), log);
  if (!table) return [];
  const seen = new Map<string, number>();
  const accepted: AwardRefs[] = [];
  for (const r of table.rows) {
    const phaseCode = table.required(r, 'Mã đợt');
    const code = table.required(r, 'Mã khen thưởng');
    const name = table.required(r, 'Tên', 'text');
    let valid = phaseCode !== '' && code !== '' && name !== '';
    const phase = phaseCode === '' ? undefined : phases.get(phaseCode);
    if (phaseCode !== '' && phase === undefined) {
      if (phases.unknown(phaseCode)) log.error(table.where(r, 'Mã đợt'), MSG.unknownPhase(phaseCode));
      valid = false;
    }
    const phaseId = phase?.id ?? phaseCode;
    if (phaseCode !== '' && code !== '') {
      const k = awardKey(phaseId, code);
      const first = seen.get(k);
      if (first !== undefined) {
        log.error(table.where(r, 'Mã khen thưởng'), MSG.duplicateCode('Mã khen thưởng', code, first));
        valid = false;
      } else {
        seen.set(k, r.row);
      }
    }
    const refs = readAwardRow(table, r, log, conditions, phaseId, code, name);
    if (valid) accepted.push(refs);
  }
  // references name awards of the same phase (any row, even one rejected above, to avoid a second report)
  for (const { rule, lists } of accepted) {
    for (const { codes, where } of lists) {
      for (const c of codes) {
        if (!seen.has(awardKey(rule.phaseId, c))) log.error(where, MSG.unknownAward(c, rule.phaseId));
      }
    }
  }
  return accepted.map((a) => a.rule);
}

/** The columns of `Khen thưởng` that are not conditions, by award rule field. */
const BASE_HEADERS: Record<Exclude<keyof AwardBase, 'row' | 'source'>, string> = {
  phaseId: 'Mã đợt',
  code: 'Mã khen thưởng',
  name: 'Tên',
  kind: 'Đối tượng',
  method: 'Cách xét',
  count: 'Số lượng',
  capPercent: 'Tỷ lệ tối đa (%)',
  capBase: 'Tính tỷ lệ trên',
  targetPercent: 'Chỉ tiêu phấn đấu (%)',
  splitByUnit: 'Phân bổ theo đơn vị',
  exclusionGroup: 'Nhóm loại trừ',
  order: 'Thứ tự xét',
};

/** Field → header of every column of `Khen thưởng`: the fixed ones and the conditions'. */
function awardHeaders(conditions: ConditionRegistry): [string, string][] {
  return [...Object.entries(BASE_HEADERS), ...conditions.columns().map((c): [string, string] => [c.field, c.header])];
}

function awardColumns(table: Table, conditions: ConditionRegistry): Record<string, number> {
  const cols: Record<string, number> = {};
  for (const [field, header] of awardHeaders(conditions)) {
    const col = table.col(header);
    if (col !== undefined) cols[field] = col;
  }
  return cols;
}

/** The cells of one `Khen thưởng` row as the conditions read them; award codes are collected for the cross-check. */
function conditionCells(table: Table, r: TableRow, log: ProblemLog, codes: (header: string) => string[]): ConditionCells {
  const level = <T>(header: string, parse: (text: string) => T | null, choices: readonly string[]): T | null => {
    const text = table.text(r, header);
    if (text === '') return null;
    const value = parse(text);
    if (value === null) log.error(table.where(r, header), MSG.notChoice(text, choices));
    return value;
  };
  return {
    number: (header) => table.number(r, header),
    integer: (header) => table.integer(r, header),
    percent: (header) => table.percent(r, header),
    boolean: (header) => table.boolean(r, header, false),
    flag: (header) => {
      const read = readBoolean(table.raw(r, header));
      if (read === null) return false;
      return read.ok ? read.value : null;
    },
    text: (header) => table.text(r, header),
    awardCodes: codes,
    rating: (header) => level(header, ratingOf, RATING_CHOICES),
    discipline: (header) => level(header, disciplineLevelOf, ['Không', ...DISCIPLINE_CHOICES]),
    error: (header, message) => log.error(table.where(r, header), message),
  };
}

function readAwardRow(
  table: Table,
  r: TableRow,
  log: ProblemLog,
  conditions: ConditionRegistry,
  phaseId: string,
  code: string,
  name: string,
): AwardRefs {
  const kind = table.choice(r, 'Đối tượng', KIND_CHOICES);
  const method = table.choice(r, 'Cách xét', ['Chỉ tiêu', 'Tiêu chuẩn']);
  const lists: AwardRefs['lists'] = [];
  const codes = (header: string): string[] => {
    const list = table.list(r, header);
    if (list.length > 0) lists.push({ codes: list, where: table.where(r, header) });
    return list;
  };

  const baseText = table.code(r, 'Tính tỷ lệ trên');
  let capBase: string | null = null;
  if (baseText !== '' && key(baseText) !== key('Tổng số')) {
    capBase = baseText;
    lists.push({ codes: [baseText], where: table.where(r, 'Tính tỷ lệ trên') });
  }
  const group = table.text(r, 'Nhóm loại trừ');
  const base: AwardBase = {
    row: r.row,
    phaseId,
    code,
    name,
    kind: kind === 1 ? 'unit' : 'staff',
    method: method === 1 ? 'standard' : 'quota',
    count: table.integer(r, 'Số lượng'),
    capPercent: table.percent(r, 'Tỷ lệ tối đa (%)'),
    capBase,
    targetPercent: table.percent(r, 'Chỉ tiêu phấn đấu (%)'),
    splitByUnit: table.boolean(r, 'Phân bổ theo đơn vị', false),
    exclusionGroup: group === '' ? null : group,
    order: table.integer(r, 'Thứ tự xét'),
    source: { sheet: table.sheet, cols: awardColumns(table, conditions) },
  };
  const cells = conditionCells(table, r, log, codes);
  // Every registered condition's fields, read from its columns (blank = no condition): AwardRule by construction.
  const rule = Object.assign(base, ...conditions.entries.map((c) => c.read(cells))) as AwardRule;
  return { rule, lists };
}

export function readRegistrations(
  index: SheetIndex,
  log: ProblemLog,
  staff: Registry<Staff>,
  units: Registry<Unit>,
  catalog: Registry<CatalogEntry>,
): Registration[] {
  const table = openTable(index, sheetSpec('Đăng ký'), log);
  if (!table) return [];
  if (catalog.unreadable && table.rows.length > 0) log.warning({ sheet: table.sheet, row: 1, col: 1 }, MSG.noCatalog);
  const seen = new Registry<Registration>();
  for (const r of table.rows) {
    const code = table.required(r, 'Mã');
    const listBlank = table.blank(r, 'Mã danh mục');
    if (listBlank) log.error(table.where(r, 'Mã danh mục'), MSG.missingCell('Mã danh mục'));
    const codes = table.list(r, 'Mã danh mục');
    const entries: string[] = [];
    for (const c of codes) {
      if (catalog.unknown(c)) log.error(table.where(r, 'Mã danh mục'), MSG.unknownCatalog(c));
      else entries.push(catalog.get(c)?.id ?? c);
    }
    if (code === '' || codes.length === 0) continue;
    const person = staff.get(code);
    const unit = person === undefined ? units.get(code) : undefined;
    if (person === undefined && unit === undefined) {
      if (staff.unknown(code) && units.unknown(code)) log.error(table.where(r, 'Mã'), MSG.unknownParticipant(code));
      continue;
    }
    const registration: Registration = {
      id: person?.id ?? unit?.id ?? code,
      codes: entries,
      initiativeName: table.text(r, 'Tên sáng kiến'),
      note: table.text(r, 'Ghi chú'),
      row: r.row,
      source: { sheet: table.sheet, idCol: table.col('Mã') ?? 1, codesCol: table.col('Mã danh mục') ?? 2 },
    };
    seen.add(code, registration, r.row, table.where(r, 'Mã'), 'Mã', log);
  }
  return seen.values();
}
