// `Danh hiệu năm trước liên tục` + `Số năm liên tục` (issue 16): a title above the school (CSTĐ cấp tỉnh, Bằng khen)
// needs a title received in each of the N school years right before this one, as `Lịch sử` records them. The cell
// names titles by code (CSTĐCS) or by name, as `Lịch sử` writes them. Registered in built-in.ts.
import { codeKey, key } from '../codes';
import type { HistoryRow, SchoolData } from '../model';
import { condition } from './condition';

/** '2025-2026' → 2025; null when the text is not a school year. */
function startYear(year: string): number | null {
  const m = /^(\d{4})\s*[-–—/]\s*(\d{4})$/.exec(year.trim());
  return m && Number(m[2]) === Number(m[1]) + 1 ? Number(m[1]) : null;
}

const yearText = (start: number): string => `${start}–${start + 1}`;

/** A person's `Lịch sử` rows. */
export function pastOf(data: SchoolData, id: string): HistoryRow[] {
  const k = codeKey(id);
  return (data.history ?? []).filter((h) => codeKey(h.id) === k);
}

/** The name of a catalogue entry or award of that code. */
export function titleName(data: SchoolData, code: string): string | undefined {
  const k = codeKey(code);
  return data.catalog.find((c) => codeKey(c.id) === k)?.name ?? data.awards.find((a) => codeKey(a.code) === k)?.name;
}

/**
 * The school years (by their first calendar year, oldest first) right before `schoolYear`, without a gap, in which
 * one of `titles` (codes or names of titles, or a rating such as HTXSNV) was received.
 */
export function consecutiveRun(
  history: readonly HistoryRow[],
  schoolYear: string,
  titles: readonly string[],
  nameOf: (code: string) => string | undefined,
): number[] {
  const current = startYear(schoolYear);
  if (current === null) return [];
  const wanted = new Set<string>();
  for (const t of titles) {
    wanted.add(key(t));
    const name = nameOf(t);
    if (name !== undefined) wanted.add(key(name));
  }
  const years = new Set<number>();
  for (const h of history) {
    const y = startYear(h.year);
    // a rating named in the cell (Bằng khen: 2 years of HTXSNV) is matched against the year's rating
    if (y !== null && (wanted.has(key(h.title)) || (h.rating !== '' && wanted.has(key(h.rating))))) years.add(y);
  }
  const run: number[] = [];
  for (let y = current - 1; years.has(y); y--) run.unshift(y);
  return run;
}

const CONSECUTIVE_MSG = {
  /** “chưa đủ 3 năm liên tục CSTĐCS: 2023–2024, 2024–2025” (the years it has, or “chưa có năm nào”) */
  short: (need: number, titles: readonly string[], run: readonly number[]): string =>
    `chưa đủ ${need} năm liên tục ${titles.join(', ')}: ${run.length > 0 ? run.map(yearText).join(', ') : 'chưa có năm nào trong “Lịch sử”'}`,
  reason: (need: number, titles: readonly string[], run: readonly number[]): string =>
    `Chưa đủ ${need} năm liên tục ${titles.join(', ')} (${run.length > 0 ? run.map(yearText).join(', ') : 'chưa có năm nào trong “Lịch sử”'})`,
};

function titlesOf(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

export const consecutiveYears = condition<{ priorTitles: string[]; consecutiveYears: number | null }>({
  kind: 'staff',
  checkOrder: 55,
  columns: [
    {
      field: 'priorTitles',
      header: 'Danh hiệu năm trước liên tục',
      kind: 'text',
      note: 'Mã hoặc tên danh hiệu (hoặc xếp loại, ví dụ HTXSNV) phải đạt các năm học liền trước, theo trang tính “Lịch sử”; ví dụ: CSTĐCS',
      width: 170,
    },
    {
      field: 'consecutiveYears',
      header: 'Số năm liên tục',
      kind: 'integer',
      note: 'Số năm học liền trước năm nay phải đạt danh hiệu đó',
      min: 1,
      max: 10,
      width: 90,
    },
  ],
  blank: { priorTitles: [], consecutiveYears: null },
  read: (cells) => ({
    priorTitles: titlesOf(cells.text('Danh hiệu năm trước liên tục')),
    consecutiveYears: cells.integer('Số năm liên tục'),
  }),
  check: ({ priorTitles, consecutiveYears: need }, { staff }, ctx) => {
    if (need === null || priorTitles.length === 0 || staff === undefined) return null;
    const run = consecutiveRun(pastOf(ctx.data, staff.id), ctx.data.config.schoolYear, priorTitles, (c) => titleName(ctx.data, c));
    return run.length >= need ? null : CONSECUTIVE_MSG.reason(need, priorTitles, run);
  },
  registration: ({ priorTitles, consecutiveYears: need }, r) => {
    if (need === null || priorTitles.length === 0 || r.staff === undefined || !r.past) return [];
    const run = consecutiveRun(r.past.history, r.past.schoolYear, priorTitles, r.past.titleName);
    return run.length >= need ? [] : [CONSECUTIVE_MSG.short(need, priorTitles, run)];
  },
});
