// `Lịch sử` (issue 16): past years' titles and ratings, one row per person × school year × title.
import type { HistoryRow } from '../core/model';
import { HISTORY } from './schema';
import { openTable } from './table';
import type { ProblemLog, SheetIndex } from './table';

export const HISTORY_SHEET = HISTORY.spec.name;

export function readHistory(index: SheetIndex, log: ProblemLog): HistoryRow[] {
  const table = openTable(index, HISTORY.spec, log, false);
  if (!table) return [];
  const rows: HistoryRow[] = [];
  for (const r of table.rows) {
    const id = table.required(r, HISTORY.id);
    const year = table.required(r, HISTORY.year);
    if (id === '' || year === '') continue;
    rows.push({
      id,
      name: table.get(r, HISTORY.name),
      birthDate: table.get(r, HISTORY.birthDate),
      year,
      title: table.get(r, HISTORY.title),
      rating: table.get(r, HISTORY.rating),
      row: r.row,
    });
  }
  return rows;
}
