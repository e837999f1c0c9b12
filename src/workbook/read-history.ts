// `Lịch sử` (issue 16): past years' titles and ratings, one row per person × school year × title.
import type { HistoryRow } from '../core/model';
import { sheetSpec } from './schema';
import { openTable } from './table';
import type { ProblemLog, SheetIndex } from './table';

export const HISTORY_SHEET = 'Lịch sử';

export function readHistory(index: SheetIndex, log: ProblemLog): HistoryRow[] {
  const table = openTable(index, sheetSpec(HISTORY_SHEET), log, false);
  if (!table) return [];
  const rows: HistoryRow[] = [];
  for (const r of table.rows) {
    const id = table.required(r, 'Mã CB');
    const year = table.required(r, 'Năm học', 'text');
    if (id === '' || year === '') continue;
    rows.push({
      id,
      name: table.text(r, 'Họ và tên'),
      birthDate: table.date(r, 'Ngày sinh'),
      year,
      title: table.text(r, 'Danh hiệu'),
      rating: table.text(r, 'Xếp loại'),
      row: r.row,
    });
  }
  return rows;
}
