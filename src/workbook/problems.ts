// Problems for display: the JSON view the sidebar gets, and a stable order (errors first, then by sheet and cell).
import { formatCell } from '../core/cellref';
import type { Problem } from '../core/model';
import { joinKey, key } from '../core/codes';
import type { ProblemView } from './api';
import { SHEETS } from './schema';

export function problemView(p: Problem): ProblemView {
  const where = p.where;
  return {
    severity: p.severity,
    cell: where ? formatCell(where) : null,
    sheet: where?.sheet ?? null,
    row: where?.row ?? null,
    col: where?.col ?? null,
    message: p.message,
  };
}

const SHEET_RANK = new Map(SHEETS.map((s, i) => [key(s.name), i]));

function sheetRank(p: Problem): number {
  if (!p.where) return -1;
  return SHEET_RANK.get(key(p.where.sheet)) ?? SHEETS.length;
}

/** Errors before warnings; then the sheets in SPEC order (cards, votes and others after, by name); then row, column. */
export function sortProblems(ps: Problem[]): Problem[] {
  return ps
    .map((p, i) => ({ p, i }))
    .sort((a, b) => {
      const pa = a.p;
      const pb = b.p;
      if (pa.severity !== pb.severity) return pa.severity === 'error' ? -1 : 1;
      const ra = sheetRank(pa);
      const rb = sheetRank(pb);
      if (ra !== rb) return ra - rb;
      const sa = pa.where?.sheet ?? '';
      const sb = pb.where?.sheet ?? '';
      if (sa !== sb) return sa < sb ? -1 : 1;
      const rowDiff = (pa.where?.row ?? 0) - (pb.where?.row ?? 0);
      if (rowDiff !== 0) return rowDiff;
      const colDiff = (pa.where?.col ?? 0) - (pb.where?.col ?? 0);
      return colDiff !== 0 ? colDiff : a.i - b.i;
    })
    .map(({ p }) => p);
}

/** The same problem reported twice (same severity, cell and message) is kept once, first occurrence. */
export function dedupeProblems(ps: Problem[]): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const p of ps) {
    const k = joinKey(p.severity, p.where ? formatCell(p.where) : '', p.message);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(p);
  }
  return out;
}
