// The office's output sheets (issue 16): `Tổng hợp {danh hiệu}` per title with per-school subtotals, `Theo trường`,
// `Chưa nộp`, `Kiểm tra`. Plain tables (bold frozen header row), computed in full before anything is written.
import { key } from '../../core/codes';
import type { Consolidation } from '../../core/office/model';
import type { CellStyle, CellValue, OutputSheet } from '../port';
import { CHECK_LABEL, OFFICE_COL as C, OFFICE_SHEET as S } from './messages';
import { OFFICE } from '../../core/office/messages';

const HEADER: CellStyle = { bold: true, fill: '#D9EAD3', align: 'center', valign: 'middle', wrap: true, border: 'all' };
const GROUP: CellStyle = { bold: true, fill: '#F3F3F3' };
const SUBTOTAL: CellStyle = { bold: true, italic: true };
/** Excel's limit on a sheet name; Google Sheets allows more, but one workbook serves both. */
const MAX_SHEET_NAME = 31;

function table(name: string, headers: string[], widths: number[], rows: CellValue[][], extra: OutputSheet['styles'] = []): OutputSheet {
  return {
    name,
    rows: [headers, ...rows],
    styles: [{ range: { row: 1, col: 1, rows: 1, cols: headers.length }, style: HEADER }, ...extra],
    columnWidths: widths,
    frozenRows: 1,
  };
}

const isoToDisplay = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
};

/** `Tổng hợp {title}`, cut to 31 characters without the characters a sheet name cannot hold, unique in `taken`. */
function titleSheetName(title: string, taken: Set<string>): string {
  const clean = `${S.titlePrefix}${title
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()}`;
  let name = clean.slice(0, MAX_SHEET_NAME).trim();
  for (let n = 2; taken.has(key(name)); n++) name = `${clean.slice(0, MAX_SHEET_NAME - String(n).length - 1).trim()} ${n}`;
  taken.add(key(name));
  return name;
}

function titleSheets(result: Consolidation): OutputSheet[] {
  const taken = new Set([S.config, S.schools, S.lastYear, S.bySchool, S.missing, S.checks].map(key));
  return result.titles.map((t) => {
    const staff = t.kind === 'staff';
    const headers = staff ? [C.order, C.person, C.birthDate, C.position, C.unit, C.school] : [C.order, C.unit, C.school];
    const rows: CellValue[][] = [];
    const styles: NonNullable<OutputSheet['styles']> = [];
    let order = 0;
    for (const g of t.groups) {
      const school = OFFICE.schoolLabel(g.school.code, g.school.name);
      rows.push([school, ...headers.slice(1).map(() => null)]);
      styles.push({ range: { row: rows.length + 1, col: 1, rows: 1, cols: headers.length }, style: GROUP });
      for (const e of g.entries) {
        order += 1;
        rows.push(
          staff ? [order, e.name, isoToDisplay(e.birthDate) || null, e.position || null, e.unit || null, school] : [order, e.name, school],
        );
      }
      rows.push([`Cộng ${school}`, g.entries.length, ...headers.slice(2).map(() => null)]);
      styles.push({ range: { row: rows.length + 1, col: 1, rows: 1, cols: headers.length }, style: SUBTOTAL });
    }
    rows.push([`Tổng cộng: ${t.title}`, t.total, ...headers.slice(2).map(() => null)]);
    styles.push({ range: { row: rows.length + 1, col: 1, rows: 1, cols: headers.length }, style: { bold: true, border: 'all' } });
    if (staff)
      styles.push({ range: { row: 2, col: 3, rows: Math.max(1, rows.length), cols: 1 }, style: { numberFormat: '@', align: 'center' } });
    const widths = staff ? [60, 200, 95, 120, 140, 240] : [60, 240, 240];
    return table(titleSheetName(t.title, taken), headers, widths, rows, styles);
  });
}

function bySchoolSheet(result: Consolidation): OutputSheet {
  const rows = result.bySchool.map((c): CellValue[] => [
    c.school.code,
    c.school.name,
    c.title,
    c.count,
    c.lastYear,
    c.lastYear === null ? null : c.count - c.lastYear,
  ]);
  return table(S.bySchool, [C.code, C.name, C.title, C.thisYear, C.lastYear, C.change], [100, 240, 220, 90, 90, 90], rows);
}

function missingSheet(result: Consolidation): OutputSheet {
  const status = { missing: OFFICE.missing, unreadable: OFFICE.unreadable, otherYear: OFFICE.otherYear };
  const rows = result.missing.map((m): CellValue[] => [m.school.code, m.school.name, m.school.email || null, status[m.status], m.detail]);
  return table(S.missing, [C.code, C.name, C.email, C.status, C.detail], [100, 240, 200, 130, 520], rows);
}

function checksSheet(result: Consolidation): OutputSheet {
  const rows = result.checks.map((c): CellValue[] => [CHECK_LABEL[c.kind], c.schools || null, c.message]);
  return table(S.checks, [C.kind, C.school, C.message], [130, 280, 640], rows, [
    { range: { row: 2, col: 3, rows: Math.max(1, rows.length), cols: 1 }, style: { wrap: true } },
  ]);
}

/** Every output sheet of the consolidation, in the order they are written. */
export function officeSheets(result: Consolidation): OutputSheet[] {
  return [...titleSheets(result), bySchoolSheet(result), missingSheet(result), checksSheet(result)];
}
