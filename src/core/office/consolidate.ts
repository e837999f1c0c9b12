// The office's consolidation (issue 16): every school's registration summary → totals per title with per-school
// subtotals, counts per school and title against last year, the schools missing, and the checks. Pure: the shells
// collect the reports (Node from .xlsx files, Apps Script from the schools' spreadsheets) and write the result.
import { key } from '../codes';
import type { Kind } from '../model';
import { OFFICE } from './messages';
import type {
  Check,
  Collected,
  Consolidation,
  LastYearCount,
  OfficeConfig,
  OfficeSchool,
  ReportEntry,
  SchoolCount,
  SchoolReport,
  TitleTotal,
} from './model';

/** School years compare without regard to the dash or spaces (2025-2026 = 2025 – 2026). */
function yearKey(year: string): string {
  return key(year).replace(/\s*[-–—/]\s*/g, '-');
}

const label = (s: OfficeSchool): string => OFFICE.schoolLabel(s.code, s.name);

/** The `Trường` row a collected file belongs to: the one it was fetched for, else by school code, else by name. */
function matcher(schools: OfficeSchool[]): (c: Collected) => OfficeSchool | null {
  const byCode = new Map<string, OfficeSchool>();
  const byName = new Map<string, OfficeSchool>();
  for (const s of schools) {
    if (s.code !== '' && !byCode.has(key(s.code))) byCode.set(key(s.code), s);
    if (s.name !== '' && !byName.has(key(s.name))) byName.set(key(s.name), s);
  }
  return (c) => {
    if (c.school) return c.school;
    if (!('report' in c)) return null;
    const r = c.report;
    return (r.schoolCode !== '' ? byCode.get(key(r.schoolCode)) : undefined) ?? byName.get(key(r.schoolName)) ?? null;
  };
}

function newest(reports: SchoolReport[]): SchoolReport {
  return reports.reduce((best, r) => (r.modified >= best.modified ? r : best));
}

/** Titles in order of first appearance (schools in `Trường` order, then each school's columns), by kind and name. */
function titleList(received: { report: SchoolReport }[]): { kind: Kind; title: string; k: string }[] {
  const seen = new Map<string, { kind: Kind; title: string; k: string }>();
  for (const { report } of received) {
    for (const t of report.titles) {
      const k = `${t.kind}:${key(t.name)}`;
      if (!seen.has(k)) seen.set(k, { kind: t.kind, title: t.name, k });
    }
  }
  return [...seen.values()];
}

/** Each registrant's titles as `kind:key`, computed once (key() normalises Unicode: not free at 60 000 people). */
const titleKeyCache = new WeakMap<ReportEntry, Set<string>>();
function entryTitleKeys(e: ReportEntry): Set<string> {
  let keys = titleKeyCache.get(e);
  if (!keys) {
    keys = new Set(e.titles.map((t) => `${e.kind}:${key(t)}`));
    titleKeyCache.set(e, keys);
  }
  return keys;
}

function personChecks(received: { school: OfficeSchool; report: SchoolReport }[]): Check[] {
  const byPerson = new Map<string, { school: OfficeSchool; entry: ReportEntry }[]>();
  const byName = new Map<string, { school: OfficeSchool; entry: ReportEntry }[]>();
  for (const { school, report } of received) {
    for (const entry of report.entries) {
      if (entry.kind !== 'staff') continue;
      const nameKey = key(entry.name);
      const list = byName.get(nameKey);
      if (list) list.push({ school, entry });
      else byName.set(nameKey, [{ school, entry }]);
      if (entry.birthDate === '') continue;
      const personKey = `${nameKey}|${entry.birthDate}`;
      const people = byPerson.get(personKey);
      if (people) people.push({ school, entry });
      else byPerson.set(personKey, [{ school, entry }]);
    }
  }
  const checks: Check[] = [];
  const distinctSchools = (list: { school: OfficeSchool }[]): OfficeSchool[] => [...new Set(list.map((x) => x.school))];
  for (const list of byPerson.values()) {
    const schools = distinctSchools(list);
    if (schools.length < 2) continue;
    const titles = list.map((x) => `${label(x.school)}: ${x.entry.titles.join(', ') || '—'}`).join('; ');
    checks.push({
      kind: 'duplicate',
      schools: schools.map(label).join('; '),
      message: OFFICE.duplicate(list[0].entry.name, list[0].entry.birthDate, titles),
    });
  }
  // The same name alone is only a note, and only where a birth date is missing: Vietnamese names repeat.
  for (const list of byName.values()) {
    const schools = distinctSchools(list);
    if (schools.length < 2 || !list.some((x) => x.entry.birthDate === '')) continue;
    checks.push({ kind: 'sameName', schools: schools.map(label).join('; '), message: OFFICE.sameName(list[0].entry.name) });
  }
  return checks;
}

function capChecks(config: OfficeConfig, received: { school: OfficeSchool; report: SchoolReport }[]): Check[] {
  const checks: Check[] = [];
  for (const { school, report } of received) {
    const staff = report.entries.filter((e) => e.kind === 'staff');
    if (staff.length === 0) continue;
    for (const cap of config.caps) {
      const k = `staff:${key(cap.title)}`;
      const count = staff.filter((e) => entryTitleKeys(e).has(k)).length;
      const share = count / staff.length;
      // a small tolerance: 15% of 20 is 3 exactly, whatever the binary fractions say
      if (share > cap.percent + 1e-9)
        checks.push({ kind: 'cap', schools: label(school), message: OFFICE.cap(cap.title, count, staff.length, share, cap.percent) });
    }
  }
  return checks;
}

export function consolidate(
  config: OfficeConfig,
  schools: OfficeSchool[],
  collected: Collected[],
  lastYear: LastYearCount[] = [],
): Consolidation {
  const checks: Check[] = [];
  const schoolOf = matcher(schools);
  const reportsOf = new Map<OfficeSchool, SchoolReport[]>();
  const errorsOf = new Map<OfficeSchool, string[]>();
  for (const c of collected) {
    const school = schoolOf(c);
    if (!school) {
      const who = 'report' in c ? OFFICE.schoolLabel(c.report.schoolCode, c.report.schoolName) : c.error;
      checks.push({ kind: 'unknownFile', schools: '', message: OFFICE.unknownFile(c.file, who) });
      continue;
    }
    if ('report' in c) reportsOf.set(school, [...(reportsOf.get(school) ?? []), c.report]);
    else errorsOf.set(school, [...(errorsOf.get(school) ?? []), c.error]);
  }

  const received: Consolidation['received'] = [];
  const missing: Consolidation['missing'] = [];
  for (const school of schools) {
    const reports = reportsOf.get(school) ?? [];
    if (reports.length === 0) {
      const errors = errorsOf.get(school);
      missing.push(
        errors ? { school, status: 'unreadable', detail: errors.join(' ') } : { school, status: 'missing', detail: OFFICE.missingDetail },
      );
      continue;
    }
    const report = reports.length === 1 ? reports[0] : newest(reports);
    if (reports.length > 1)
      checks.push({
        kind: 'twoFiles',
        schools: label(school),
        message: OFFICE.twoFiles(reports.map((r) => `“${r.file}”`).join(', '), report.file),
      });
    if (config.schoolYear !== '' && yearKey(report.schoolYear) !== yearKey(config.schoolYear)) {
      missing.push({ school, status: 'otherYear', detail: OFFICE.otherYearDetail(report.schoolYear, config.schoolYear) });
      continue;
    }
    received.push({ school, report });
    for (const note of report.notes) checks.push({ kind: 'fileNote', schools: label(school), message: note });
    if (config.deadline !== '' && report.modified !== '' && report.modified.slice(0, 10) > config.deadline) {
      checks.push({ kind: 'late', schools: label(school), message: OFFICE.late(report.modified, config.deadline) });
    }
  }

  const titles: TitleTotal[] = [];
  const counts = new Map<string, Map<OfficeSchool, number>>();
  const list = titleList(received);
  for (const t of list) {
    const groups = [];
    const perSchool = new Map<OfficeSchool, number>();
    for (const { school, report } of received) {
      const entries = report.entries.filter((e) => entryTitleKeys(e).has(t.k));
      perSchool.set(school, entries.length);
      if (entries.length > 0) groups.push({ school, entries });
    }
    counts.set(t.k, perSchool);
    titles.push({ kind: t.kind, title: t.title, groups, total: groups.reduce((a, g) => a + g.entries.length, 0) });
  }

  const last = new Map<string, number>();
  for (const l of lastYear) {
    const k = `${key(l.schoolCode)}|${key(l.title)}`;
    last.set(k, (last.get(k) ?? 0) + l.count);
  }
  const bySchool: SchoolCount[] = [];
  for (const { school } of received) {
    for (const t of list) {
      const count = counts.get(t.k)?.get(school) ?? 0;
      const before = last.get(`${key(school.code)}|${key(t.title)}`);
      bySchool.push({ school, title: t.title, count, lastYear: before ?? null });
    }
  }

  checks.push(...personChecks(received), ...capChecks(config, received));
  return { config, received, titles, bySchool, missing, checks };
}
