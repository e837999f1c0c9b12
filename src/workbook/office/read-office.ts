// Reads the office workbook's inputs (issue 16): `Cấu hình` (office name, year, deadline, caps), `Trường` (the
// schools and their links), and `Năm trước` (last year's counts). Every bad cell is a Problem naming it.
import { key } from '../../core/codes';
import type { Problem } from '../../core/model';
import type { LastYearCount, OfficeConfig, OfficeSchool } from '../../core/office/model';
import type { Workbook } from '../port';
import { openTable, ProblemLog, SheetIndex } from '../table';
import { OFFICE_PARAM as P, READ_MSG } from './messages';
import { OFFICE_CONFIG, OFFICE_LAST_YEAR, OFFICE_SCHOOLS } from './schema';

export interface OfficeInputs {
  config: OfficeConfig;
  schools: OfficeSchool[];
  lastYear: LastYearCount[];
  problems: Problem[];
}

function readConfig(index: SheetIndex, log: ProblemLog): OfficeConfig {
  const config: OfficeConfig = { officeName: '', schoolYear: '', deadline: '', caps: [] };
  const table = openTable(index, OFFICE_CONFIG.spec, log);
  if (!table) return config;
  for (const r of table.rows) {
    const name = table.get(r, OFFICE_CONFIG.param);
    const k = key(name);
    // `Giá trị` holds text, a date or a percentage, by the parameter of its row
    if (k === key(P.officeName)) config.officeName = table.as(r, OFFICE_CONFIG.value, 'text');
    else if (k === key(P.schoolYear)) config.schoolYear = table.as(r, OFFICE_CONFIG.value, 'text');
    else if (k === key(P.deadline)) config.deadline = table.as(r, OFFICE_CONFIG.value, 'date');
    else if (k.startsWith(key(P.capPrefix))) {
      const title = name.slice(name.indexOf(':') + 1).trim();
      if (title === '') {
        log.error(table.where(r, OFFICE_CONFIG.param), READ_MSG.capNoTitle);
        continue;
      }
      if (table.blank(r, OFFICE_CONFIG.value)) continue;
      const percent = table.get(r, OFFICE_CONFIG.value);
      if (percent === null || percent < 0 || percent > 100) {
        if (percent !== null) log.error(table.where(r, OFFICE_CONFIG.value), READ_MSG.badCap(String(table.raw(r, OFFICE_CONFIG.value))));
        continue;
      }
      config.caps.push({ title, percent: percent / 100, where: table.where(r, OFFICE_CONFIG.value) });
    }
  }
  return config;
}

function readSchools(index: SheetIndex, log: ProblemLog): OfficeSchool[] {
  const table = openTable(index, OFFICE_SCHOOLS.spec, log);
  if (!table) return [];
  const schools: OfficeSchool[] = [];
  const rows = new Map<string, number>();
  for (const r of table.rows) {
    const code = table.required(r, OFFICE_SCHOOLS.code);
    const name = table.required(r, OFFICE_SCHOOLS.name);
    if (code === '' || name === '') continue;
    const first = rows.get(key(code));
    if (first !== undefined) {
      log.error(table.where(r, OFFICE_SCHOOLS.code), READ_MSG.duplicateSchool(code, first));
      continue;
    }
    rows.set(key(code), r.row);
    schools.push({ code, name, link: table.get(r, OFFICE_SCHOOLS.link), email: table.get(r, OFFICE_SCHOOLS.email), row: r.row });
  }
  if (schools.length === 0 && log.list.every((p) => p.where?.sheet !== table.sheet))
    log.error({ sheet: table.sheet, row: 2, col: 1 }, READ_MSG.noSchools);
  return schools;
}

function readLastYear(index: SheetIndex, log: ProblemLog): LastYearCount[] {
  const table = openTable(index, OFFICE_LAST_YEAR.spec, log);
  if (!table) return [];
  const counts: LastYearCount[] = [];
  for (const r of table.rows) {
    const schoolCode = table.get(r, OFFICE_LAST_YEAR.code);
    const title = table.get(r, OFFICE_LAST_YEAR.title);
    const count = table.get(r, OFFICE_LAST_YEAR.count);
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
