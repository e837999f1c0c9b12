// `thidua history add FILE --from LAST_YEAR.xlsx` (issue 16): last year's final titles (the tally of its year-end
// phase) and ratings are appended to FILE's `Lịch sử`, matched by code, else by name + birth date. Idempotent: a
// second import finds every row there and writes nothing. FILE is written safely: a temporary file, then a rename.
import { existsSync, renameSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { HISTORY_MSG } from '../core/history';
import { planHistory, readLastYear } from '../workbook/history-sheet';
import { openXlsx } from './xlsx/index';

const HISTORY_TEXT = {
  usage: 'Cách dùng: thidua history add TỆP --from TỆP_NĂM_TRƯỚC.xlsx',
  notFound: (path: string): string => `Không tìm thấy tệp “${path}”. Hãy kiểm tra đường dẫn.`,
  nothingNew: (year: string): string => `Năm học ${year} đã có đủ trong “Lịch sử”; không ghi gì.`,
  added: (count: number, year: string, file: string): string => `Đã thêm ${count} dòng năm học ${year} vào “Lịch sử” của ${file}.`,
  warning: 'Cảnh báo',
};

class HistoryUsageError extends Error {
  override name = 'HistoryUsageError';
}

function historyAdd(file: string, from: string, out: (line: string) => void): number {
  for (const path of [file, from]) if (!existsSync(path)) throw new HistoryUsageError(HISTORY_TEXT.notFound(path));
  const last = readLastYear(openXlsx(from), from);
  if ('error' in last) throw new HistoryUsageError(last.error);
  const { year, results } = last;
  const wb = openXlsx(file);
  const plan = planHistory(wb, year, results);
  if ('error' in plan) throw new HistoryUsageError(plan.error);
  const { imported, sheet } = plan;
  for (const w of imported.warnings) out(`${HISTORY_TEXT.warning}  ${w}`);
  for (const u of imported.unmatched) out(`${HISTORY_TEXT.warning}  ${HISTORY_MSG.unmatched(u.name, u.id)}`);
  if (sheet === null) {
    out(HISTORY_TEXT.nothingNew(year));
    return 0;
  }
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
