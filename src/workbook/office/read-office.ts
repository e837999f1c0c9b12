// Reads the office workbook's inputs (issue 16): `Cấu hình` (office name, year, deadline, caps), `Trường` (the
// schools and their links), and `Năm trước` (last year's counts). Every bad cell is a Problem naming it.
import { key } from '../../core/codes';
import type { Problem } from '../../core/model';
import type { LastYearCount, OfficeConfig, OfficeSchool } from '../../core/office/model';
import type { Workbook } from '../port';
import { openTable, ProblemLog, SheetIndex } from '../table';
import { OFFICE_COL as C, OFFICE_PARAM as P, READ_MSG } from './messages';
import { OFFICE_CONFIG, OFFICE_LAST_YEAR, OFFICE_SCHOOLS } from './schema';

export interface OfficeInputs {
  config: OfficeConfig;
  schools: OfficeSchool[];
  lastYear: LastYearCount[];
  problems: Problem[];
}

function readConfig(index: SheetIndex, log: ProblemLog): OfficeConfig {
  const config: OfficeConfig = { officeName: '', schoolYear: '', deadline: '', caps: [] };
  const table = openTable(index, OFFICE_CONFIG, log);
  if (!table) return config;
  for (const r of table.rows) {
    const name = table.text(r, C.param);
    const k = key(name);
    if (k === key(P.officeName)) config.officeName = table.text(r, C.value);
    else if (k === key(P.schoolYear)) config.schoolYear = table.text(r, C.value);
    else if (k === key(P.deadline)) config.deadline = table.date(r, C.value);
    else if (k.startsWith(key(P.capPrefix))) {
      const title = name.slice(name.indexOf(':') + 1).trim();
      if (title === '') {
        log.error(table.where(r, C.param), READ_MSG.capNoTitle);
        continue;
      }
      if (table.blank(r, C.value)) continue;
      const percent = table.percent(r, C.value);
      if (percent === null || percent < 0 || percent > 100) {
        if (percent !== null) log.error(table.where(r, C.value), READ_MSG.badCap(String(table.raw(r, C.value))));
        continue;
      }
      config.caps.push({ title, percent: percent / 100, where: table.where(r, C.value) });
    }
  }
  return config;
}

function readSchools(index: SheetIndex, log: ProblemLog): OfficeSchool[] {
  const table = openTable(index, OFFICE_SCHOOLS, log);
  if (!table) return [];
  const schools: OfficeSchool[] = [];
  const rows = new Map<string, number>();
  for (const r of table.rows) {
    const code = table.required(r, C.code);
    const name = table.required(r, C.name, 'text');
    if (code === '' || name === '') continue;
    const first = rows.get(key(code));
    if (first !== undefined) {
      log.error(table.where(r, C.code), READ_MSG.duplicateSchool(code, first));
      continue;
    }
    rows.set(key(code), r.row);
    schools.push({ code, name, link: table.text(r, C.link), email: table.text(r, C.email), row: r.row });
  }
  if (schools.length === 0 && log.list.every((p) => p.where?.sheet !== table.sheet))
    log.error({ sheet: table.sheet, row: 2, col: 1 }, READ_MSG.noSchools);
  return schools;
}

function readLastYear(index: SheetIndex, log: ProblemLog): LastYearCount[] {
  const table = openTable(index, OFFICE_LAST_YEAR, log);
  if (!table) return [];
  const counts: LastYearCount[] = [];
  for (const r of table.rows) {
    const schoolCode = table.code(r, C.code);
    const title = table.text(r, C.title);
    const count = table.integer(r, C.thisYear);
    if (schoolCode !== '' && title !== '' && count !== null) counts.push({ schoolCode, title, count });
  }
  return counts;
}

export function readOffice(wb: Workbook): OfficeInputs {
  const log = new ProblemLog();
  const index = new SheetIndex(wb, log);
  const config = readConfig(index, log);
  const schools = readSchools(index, log);
  const lastYear = readLastYear(index, log);
  return { config, schools, lastYear, problems: log.list };
}
