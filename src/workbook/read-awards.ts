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
import { AWARDS, awardSheetSpec, CATALOG, DISCIPLINE_CHOICES, RATING_CHOICES, REGISTRATIONS } from './schema';
import type { ColumnSpec } from './schema';
import { openTable } from './table';
import type { ProblemLog, SheetIndex, Table, TableRow } from './table';

export function readCatalog(index: SheetIndex, log: ProblemLog): Registry<CatalogEntry> {
  const catalog = new Registry<CatalogEntry>();
  const table = openTable(index, CATALOG.spec, log);
  if (!table) {
    catalog.unreadable = true;
    return catalog;
  }
  for (const r of table.rows) {
    const id = table.required(r, CATALOG.id);
    const name = table.required(r, CATALOG.name);
    const type = table.choice(r, CATALOG.type);
    const kind = table.choice(r, CATALOG.kind);
    if (id === '' || name === '') {
      catalog.reject(id);
      continue;
    }
    const entry: CatalogEntry = { id, name, type: type === 1 ? 'form' : 'title', kind: kind === 1 ? 'unit' : 'staff', row: r.row };
    catalog.add(id, entry, r.row, table.where(r, CATALOG.id), CATALOG.id.header, log);
  }
  return catalog;
}

interface AwardRefs {
  rule: AwardRule;
  lists: { codes: string[]; where: CellRef }[];
}

/** `Tính tỷ lệ trên` = `Tổng số` (or blank): the rate is of everyone (every unit). */
const WHOLE_BASE = 'Tổng số';

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
    const phaseCode = table.required(r, AWARDS.phaseId);
    const code = table.required(r, AWARDS.code);
    const name = table.required(r, AWARDS.name);
    let valid = phaseCode !== '' && code !== '' && name !== '';
    const phase = phaseCode === '' ? undefined : phases.get(phaseCode);
    if (phaseCode !== '' && phase === undefined) {
      if (phases.unknown(phaseCode)) log.error(table.where(r, AWARDS.phaseId), MSG.unknownPhase(phaseCode));
      valid = false;
    }
    const phaseId = phase?.id ?? phaseCode;
    if (phaseCode !== '' && code !== '') {
      const k = awardKey(phaseId, code);
      const first = seen.get(k);
      if (first !== undefined) {
        log.error(table.where(r, AWARDS.code), MSG.duplicateCode(AWARDS.code.header, code, first));
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

/** The columns of `Khen thưởng` that are not conditions: the definition's, named by award rule field. */
const BASE_COLUMNS: Record<Exclude<keyof AwardBase, 'row' | 'source'>, ColumnSpec> = (({ spec: _spec, ...columns }) => columns)(AWARDS);

/** Field → sheet column of every column of `Khen thưởng` on this sheet: the fixed ones and the conditions'. */
function awardColumns(table: Table, conditions: ConditionRegistry): Record<string, number> {
  const cols: Record<string, number> = {};
  const fields: [string, ColumnSpec][] = [
    ...Object.entries(BASE_COLUMNS),
    ...conditions.columns().map((c): [string, ColumnSpec] => [c.field, table.column(c.header)]),
  ];
  for (const [field, column] of fields) {
    const col = table.col(column);
    if (col !== undefined) cols[field] = col;
  }
  return cols;
}

/** The cells of one `Khen thưởng` row as the conditions read them; award codes are collected for the cross-check. */
function conditionCells(table: Table, r: TableRow, log: ProblemLog, codes: (column: ColumnSpec) => string[]): ConditionCells {
  // a condition names its columns by header: each is a column of the sheet's definition (awardSheetSpec)
  const column = (header: string): ColumnSpec => table.column(header);
  const level = <T>(header: string, parse: (text: string) => T | null, choices: readonly string[]): T | null => {
    const text = table.as(r, column(header), 'text');
    if (text === '') return null;
    const value = parse(text);
    if (value === null) log.error(table.where(r, column(header)), MSG.notChoice(text, choices));
    return value;
  };
  return {
    number: (header) => table.as(r, column(header), 'number'),
    integer: (header) => table.as(r, column(header), 'integer'),
    percent: (header) => table.as(r, column(header), 'percent'),
    boolean: (header) => table.as(r, column(header), 'boolean') ?? false,
    flag: (header) => {
      const read = readBoolean(table.raw(r, column(header)));
      if (read === null) return false;
      return read.ok ? read.value : null;
    },
    text: (header) => table.as(r, column(header), 'text'),
    awardCodes: (header) => codes(column(header)),
    rating: (header) => level(header, ratingOf, RATING_CHOICES),
    discipline: (header) => level(header, disciplineLevelOf, ['Không', ...DISCIPLINE_CHOICES]),
    error: (header, message) => log.error(table.where(r, column(header)), message),
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
  const kind = table.choice(r, AWARDS.kind);
  const method = table.choice(r, AWARDS.method);
  const lists: AwardRefs['lists'] = [];
  const codes = (column: ColumnSpec): string[] => {
    const list = table.as(r, column, 'list');
    if (list.length > 0) lists.push({ codes: list, where: table.where(r, column) });
    return list;
  };

  const baseText = table.get(r, AWARDS.capBase);
  let capBase: string | null = null;
  if (baseText !== '' && key(baseText) !== key(WHOLE_BASE)) {
    capBase = baseText;
    lists.push({ codes: [baseText], where: table.where(r, AWARDS.capBase) });
  }
  const group = table.get(r, AWARDS.exclusionGroup);
  const base: AwardBase = {
    row: r.row,
    phaseId,
    code,
    name,
    kind: kind === 1 ? 'unit' : 'staff',
    method: method === 1 ? 'standard' : 'quota',
    count: table.get(r, AWARDS.count),
    capPercent: table.get(r, AWARDS.capPercent),
    capBase,
    targetPercent: table.get(r, AWARDS.targetPercent),
    splitByUnit: table.get(r, AWARDS.splitByUnit),
    exclusionGroup: group === '' ? null : group,
    order: table.get(r, AWARDS.order),
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
  const table = openTable(index, REGISTRATIONS.spec, log);
  if (!table) return [];
  if (catalog.unreadable && table.rows.length > 0) log.warning({ sheet: table.sheet, row: 1, col: 1 }, MSG.noCatalog);
  const seen = new Registry<Registration>();
  for (const r of table.rows) {
    const code = table.required(r, REGISTRATIONS.id);
    const listBlank = table.blank(r, REGISTRATIONS.codes);
    if (listBlank) log.error(table.where(r, REGISTRATIONS.codes), MSG.missingCell(REGISTRATIONS.codes.header));
    const codes = table.get(r, REGISTRATIONS.codes);
    const entries: string[] = [];
    for (const c of codes) {
      if (catalog.unknown(c)) log.error(table.where(r, REGISTRATIONS.codes), MSG.unknownCatalog(c));
      else entries.push(catalog.get(c)?.id ?? c);
    }
    if (code === '' || codes.length === 0) continue;
    const person = staff.get(code);
    const unit = person === undefined ? units.get(code) : undefined;
    if (person === undefined && unit === undefined) {
      if (staff.unknown(code) && units.unknown(code)) log.error(table.where(r, REGISTRATIONS.id), MSG.unknownParticipant(code));
      continue;
    }
    const registration: Registration = {
      id: person?.id ?? unit?.id ?? code,
      codes: entries,
      initiativeName: table.get(r, REGISTRATIONS.initiativeName),
      note: table.get(r, REGISTRATIONS.note),
      row: r.row,
      source: { sheet: table.sheet, idCol: table.col(REGISTRATIONS.id) ?? 1, codesCol: table.col(REGISTRATIONS.codes) ?? 2 },
    };
    seen.add(code, registration, r.row, table.where(r, REGISTRATIONS.id), REGISTRATIONS.id.header, log);
  }
  return seen.values();
}
