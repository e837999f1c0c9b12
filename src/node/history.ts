// `thidua history add FILE --from LAST_YEAR.xlsx` (issue 16): last year's final titles (the tally of its year-end
// phase) and ratings are appended to FILE's `Lịch sử`, matched by code, else by name + birth date. Idempotent: a
// second import finds every row there and writes nothing. FILE is written safely: a temporary file, then a rename.
import { existsSync, renameSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { importYear, HISTORY_MSG } from '../core/history';
import type { YearResult } from '../core/history';
import { ratingName } from '../core/messages';
import { key } from '../core/codes';
import { tallyPhase } from '../core/tally';
import type { CellValue, OutputSheet } from '../documents/output';
import { HISTORY_SHEET } from '../workbook/read-history';
import { readSchool } from '../workbook/read-school';
import { sheetSpec } from '../workbook/schema';
import { openXlsx } from './xlsx/index';

const HISTORY_TEXT = {
  usage: 'Cách dùng: thidua history add TỆP --from TỆP_NĂM_TRƯỚC.xlsx',
  notFound: (path: string): string => `Không tìm thấy tệp: ${path}`,
  noYear: (file: string): string => `Tệp năm trước ${file} chưa ghi “Năm học” ở trang tính “Cấu hình”; điền năm học rồi nhập lại.`,
  noYearPhase: (file: string): string =>
    `Tệp năm trước ${file} không có đợt loại “Cả năm” ở trang tính “Đợt thi đua”; không biết kết quả cuối năm để nhập.`,
  nothingNew: (year: string): string => `Năm học ${year} đã có đủ trong “Lịch sử”; không ghi gì.`,
  added: (count: number, year: string, file: string): string => `Đã thêm ${count} dòng năm học ${year} vào “Lịch sử” của ${file}.`,
  warning: 'Cảnh báo',
};

class HistoryUsageError extends Error {
  override name = 'HistoryUsageError';
}

function isoToDisplay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Last year's final results: the year-end phase's awards per staff member, and each one's rating. */
function yearResults(lastPath: string): { year: string; results: YearResult[] } {
  const { data } = readSchool(openXlsx(lastPath));
  const year = data.config.schoolYear;
  if (year === '') throw new HistoryUsageError(HISTORY_TEXT.noYear(lastPath));
  const phase = data.phases.find((p) => p.type === 'year');
  if (!phase) throw new HistoryUsageError(HISTORY_TEXT.noYearPhase(lastPath));
  const tally = tallyPhase(data, phase.id);
  const names = new Map(tally.awards.map((a) => [key(a.code), a.name]));
  const awards = new Map(tally.participants.filter((p) => p.kind === 'staff').map((p) => [key(p.id), p.awards]));
  const results = data.staff
    .filter((s) => s.active)
    .map((s) => ({
      id: s.id,
      name: s.name,
      birthDate: s.birthDate,
      titles: (awards.get(key(s.id)) ?? []).map((code) => names.get(key(code)) ?? code),
      rating: s.rating === null ? '' : ratingName(s.rating),
    }));
  return { year, results };
}

function historyAdd(file: string, from: string, out: (line: string) => void): number {
  for (const path of [file, from]) if (!existsSync(path)) throw new HistoryUsageError(HISTORY_TEXT.notFound(path));
  const { year, results } = yearResults(from);
  const wb = openXlsx(file);
  const { data } = readSchool(wb);
  const imported = importYear(data.staff, data.history ?? [], year, results);
  for (const w of imported.warnings) out(`${HISTORY_TEXT.warning}  ${w}`);
  for (const u of imported.unmatched) out(`${HISTORY_TEXT.warning}  ${HISTORY_MSG.unmatched(u.name, u.id)}`);
  if (imported.added.length === 0) {
    out(HISTORY_TEXT.nothingNew(year));
    return 0;
  }
  const spec = sheetSpec(HISTORY_SHEET);
  const existingName = wb.sheetNames().find((n) => key(n) === key(HISTORY_SHEET));
  const existing = existingName ? (wb.read(existingName)?.values ?? []) : [];
  const header: CellValue[] = existing.length > 0 ? (existing[0] as CellValue[]) : spec.columns.map((c) => c.header);
  const at = (h: string): number => header.findIndex((v) => typeof v === 'string' && key(v) === key(h));
  const width = Math.max(header.length, spec.columns.length);
  const rows: CellValue[][] = [header, ...(existing.slice(1) as CellValue[][])];
  for (const a of imported.added) {
    const row: CellValue[] = Array<CellValue>(width).fill(null);
    const put = (h: string, v: string): void => {
      const c = at(h);
      if (c >= 0 && v !== '') row[c] = v;
    };
    put('Mã CB', a.id);
    put('Họ và tên', a.name);
    put('Ngày sinh', isoToDisplay(a.birthDate));
    put('Năm học', a.year);
    put('Danh hiệu', a.title);
    put('Xếp loại', a.rating);
    rows.push(row);
  }
  const sheet: OutputSheet = {
    name: existingName ?? HISTORY_SHEET,
    rows,
    styles: [
      {
        range: { row: 1, col: 1, rows: 1, cols: header.length },
        style: { bold: true, fill: '#D9EAD3', align: 'center', wrap: true, border: 'all' },
      },
    ],
    columnWidths: spec.columns.map((c) => c.width),
    frozenRows: 1,
  };
  wb.write([sheet]);
  const temp = join(dirname(resolve(file)), `.${basename(file)}.${process.pid}.tmp`);
  try {
    wb.saveAs(temp);
    renameSync(temp, file);
  } catch (error) {
    if (existsSync(temp)) unlinkSync(temp);
    throw error;
  }
  out(HISTORY_TEXT.added(imported.added.length, year, file));
  return 0;
}

/** `thidua history add FILE --from LAST.xlsx`; exit codes as the CLI's. */
export function runHistory(argv: string[], io: { out: (l: string) => void; err: (l: string) => void }): number {
  try {
    const fromAt = argv.indexOf('--from');
    const from = fromAt >= 0 ? argv[fromAt + 1] : undefined;
    const positional = argv.filter((a, i) => !a.startsWith('--') && (fromAt < 0 || i !== fromAt + 1));
    if (positional[1] !== 'add' || positional[2] === undefined || from === undefined || from.startsWith('--'))
      throw new HistoryUsageError(HISTORY_TEXT.usage);
    return historyAdd(positional[2], from, io.out);
  } catch (error) {
    if (!(error instanceof HistoryUsageError)) throw error;
    io.err(error.message);
    return 2;
  }
}
