// Registrations for a title whose conditions the registrant visibly does not meet (Luật TĐKT 2022 Điều 23–24):
// flagged in the summary's `Ghi chú` and listed as warnings before export, so the council sees them first.
// The conditions come from the school's `Khen thưởng` rows for that code (the year-end phase first, with the awards
// it requires); without such a row, the two titles the law defines are recognised by name with the law's conditions.
import { CodeIndex, key, participantKey, sameCode } from '../codes';
import type { AwardRule, CatalogEntry, Kind, Problem, SchoolData } from '../model';
import { SchoolIndex } from '../school-index';
import { pastOf, titleName } from './consecutive-years';
import type { Registrant } from './condition';
import type { ConditionFields } from './registry';
import { CONDITIONS } from './registry';
import type { ConditionRegistry } from './registry';
import { condition, REGISTRATION_SHEET } from './messages';

/** LĐTT: at least HTTNV, no discipline (Điều 24). CSTĐCS: LĐTT and HTXSNV or an initiative (Điều 23). */
const LAW: { names: string[]; codes: string[]; conditions: Partial<ConditionFields> }[] = [
  {
    names: ['chiến sĩ thi đua cơ sở'],
    codes: ['cstđcs', 'cstdcs'],
    conditions: { minRating: 3, noDiscipline: true, needExcellentOrInitiative: true },
  },
  { names: ['lao động tiên tiến'], codes: ['lđtt', 'ldtt'], conditions: { minRating: 3, noDiscipline: true } },
];

/** One registration that visibly misses a condition of one of its titles. */
export interface ConditionFlag {
  kind: Kind;
  /** staff or unit code as registered */
  id: string;
  /** row on `Đăng ký` */
  row: number;
  /** the sheet as named in the workbook, and the column of `Mã danh mục` (when known) */
  sheet?: string;
  col?: number;
  code: string;
  title: string;
  why: string;
  /** the registrant's name */
  who: string;
}

/** The rule for a code: the one in a `Cả năm` phase if any, else the first; then the awards it requires, same phase. */
function conditionsOf(data: SchoolData, code: string, entry: CatalogEntry | undefined): object[] {
  const rules = data.awards.filter((r) => sameCode(r.code, code));
  const isYear = (r: AwardRule): boolean => data.phases.some((p) => p.type === 'year' && sameCode(p.id, r.phaseId));
  const chosen = rules.find(isYear) ?? rules[0];
  if (!chosen) {
    const name = entry ? key(entry.name) : '';
    const law = LAW.find((l) => l.names.includes(name) || l.codes.includes(key(code)));
    return law ? [law.conditions] : [];
  }
  const result: object[] = [];
  const seen = new Set<string>();
  const visit = (rule: AwardRule): void => {
    if (seen.has(key(rule.code))) return;
    seen.add(key(rule.code));
    result.push(rule);
    for (const needed of rule.requiredAwards) {
      const other = data.awards.find((r) => sameCode(r.code, needed) && sameCode(r.phaseId, rule.phaseId));
      if (other) visit(other);
    }
  };
  visit(chosen);
  return result;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

/**
 * Every visible miss, per registration row and title, in `Đăng ký` row order; for each title, the misses of each
 * condition of the registry that is judged at registration, in its check order.
 */
export function registrationFlags(data: SchoolData, conditions: ConditionRegistry = CONDITIONS): ConditionFlag[] {
  const school = new SchoolIndex(data);
  const catalog = new CodeIndex(data.catalog.map((e) => e.id));
  // An initiative named on any of the person's registration rows counts as planned.
  const plannedInitiative = new Set(data.registrations.filter((r) => r.initiativeName.trim() !== '').map((r) => key(r.id)));
  const flags: ConditionFlag[] = [];
  const sorted = [...data.registrations].sort((a, b) => a.row - b.row);
  for (const reg of sorted) {
    const staff = school.staff(reg.id);
    const unit = staff ? undefined : school.unit(reg.id);
    if (!staff && !unit) continue;
    if (staff && !staff.active) continue;
    for (const code of reg.codes) {
      const c = catalog.get(code);
      const entry = c >= 0 ? data.catalog[c] : undefined;
      const kind: Kind = staff ? 'staff' : 'unit';
      if (entry && entry.kind !== kind) continue;
      const title = entry?.name ?? code;
      const registrant: Registrant = {
        kind,
        staff,
        members: unit ? school.activeStaff(unit.id) : [],
        hasInitiative: staff !== undefined && (staff.initiative || plannedInitiative.has(key(staff.id))),
        past: { schoolYear: data.config.schoolYear, history: staff ? pastOf(data, staff.id) : [], titleName: (c) => titleName(data, c) },
      };
      const misses: string[] = [];
      for (const values of conditionsOf(data, code, entry)) {
        for (const c of conditions.forKind(kind)) if (c.registration) misses.push(...c.registration(values, registrant));
      }
      const why = unique(misses);
      if (why.length === 0) continue;
      flags.push({
        kind,
        id: reg.id,
        row: reg.row,
        col: reg.source?.codesCol,
        sheet: reg.source?.sheet,
        code,
        title,
        why: why.join('; '),
        who: staff ? staff.name : (unit?.name ?? reg.id),
      });
    }
  }
  return flags;
}

export function flagToProblem(flag: ConditionFlag): Problem {
  return {
    severity: 'warning',
    where: { sheet: flag.sheet ?? REGISTRATION_SHEET, row: flag.row, col: flag.col ?? 2 },
    message: condition.warning(flag.who, flag.title, flag.why),
  };
}

/** Warnings before export, each pointing at the registration's row on `Đăng ký`. */
export function registrationWarnings(data: SchoolData, conditions: ConditionRegistry = CONDITIONS): Problem[] {
  return registrationFlags(data, conditions).map(flagToProblem);
}

/** Notes per registrant key (`key(id)`) for `Ghi chú`. */
export function flagNotes(flags: ConditionFlag[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const f of flags) {
    const list = notes.get(participantKey(f.kind, f.id)) ?? [];
    list.push(condition.note(f.title, f.why));
    notes.set(participantKey(f.kind, f.id), list);
  }
  return notes;
}
