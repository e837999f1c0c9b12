// Score distribution per unit as a dot plot in inline SVG: one row per unit, one dot per person, a tick at the
// median. Recipients are filled dots, the others hollow (shape as well as colour), explained in a legend.
import type { TallyParticipantView } from '../workbook/api';
import { esc, formatNumber, median } from './format';
import { M, text } from './messages';

export const CHART = { width: 280, label: 40, right: 10, rowHeight: 32, top: 8, axis: 22, radius: 4 } as const;

export interface ChartRow {
  unit: string;
  unitName: string;
  dots: { id: string; name: string; score: number; awarded: boolean }[];
  median: number;
}

/** Rows for units with at least one scored staff member, in the given unit order (unknown units last). */
export function chartRows(participants: TallyParticipantView[], units: { id: string; name: string }[]): ChartRow[] {
  const byUnit = new Map<string, ChartRow>();
  for (const p of participants) {
    if (p.kind !== 'staff' || p.score === null) continue;
    const unit = p.unit ?? '';
    let row = byUnit.get(unit);
    if (!row) {
      row = { unit, unitName: p.unitName ?? unit, dots: [], median: 0 };
      byUnit.set(unit, row);
    }
    row.dots.push({ id: p.id, name: p.name, score: p.score, awarded: p.awards.length > 0 });
  }
  const order = new Map(units.map((u, i) => [u.id, i]));
  const rows = [...byUnit.values()].sort(
    (a, b) => (order.get(a.unit) ?? units.length) - (order.get(b.unit) ?? units.length) || a.unit.localeCompare(b.unit),
  );
  for (const row of rows) row.median = median(row.dots.map((d) => d.score)) ?? 0;
  return rows;
}

/** The score axis: from a multiple of 10 at or below the lowest score up to 100 (or above, if a score is). */
export function chartDomain(rows: ChartRow[]): [number, number] {
  const scores = rows.flatMap((r) => r.dots.map((d) => d.score));
  const low = Math.min(...scores);
  const high = Math.max(...scores);
  let from = Math.floor(low / 10) * 10;
  const to = Math.max(100, Math.ceil(high / 10) * 10);
  if (from >= to) from = to - 10;
  return [from, to];
}

/** Vertical offsets so that dots of close scores do not hide one another (a tiny beeswarm). */
function offsets(xs: number[], radius: number): number[] {
  const placed: { x: number; dy: number }[] = [];
  const candidates = [0, -1, 1, -2, 2].map((k) => k * radius * 1.1);
  return xs.map((x) => {
    const dy =
      candidates.find((c) => placed.every((p) => Math.abs(p.x - x) >= radius * 1.8 || Math.abs(p.dy - c) >= radius * 1.8)) ??
      0;
    placed.push({ x, dy });
    return dy;
  });
}

export function renderScoreChart(
  participants: TallyParticipantView[],
  units: { id: string; name: string }[],
  phaseName: string,
): string {
  const rows = chartRows(participants, units);
  if (rows.length === 0) return `<p class="muted">${esc(M.chartEmpty)}</p>`;
  const [from, to] = chartDomain(rows);
  const { width, label, right, rowHeight, top, axis, radius } = CHART;
  const plotWidth = width - label - right;
  const x = (score: number) => label + ((score - from) / (to - from)) * plotWidth;
  const height = top + rows.length * rowHeight + axis;
  const bottom = top + rows.length * rowHeight;

  const ticks: string[] = [];
  const step = to - from > 50 ? 20 : 10;
  for (let t = from; t <= to; t += step) {
    ticks.push(
      `<line class="grid" x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${top}" y2="${bottom}"/>` +
        `<text class="tick" x="${x(t).toFixed(1)}" y="${bottom + 14}" text-anchor="middle">${esc(formatNumber(t, 0))}</text>`,
    );
  }
  const body = rows
    .map((row, i) => {
      const cy = top + i * rowHeight + rowHeight / 2;
      const sorted = [...row.dots].sort((a, b) => a.score - b.score);
      const dys = offsets(sorted.map((d) => x(d.score)), radius);
      const dots = sorted
        .map(
          (d, j) =>
            `<circle class="dot ${d.awarded ? 'dot--awarded' : 'dot--other'}" data-id="${esc(d.id)}" cx="${x(d.score).toFixed(1)}" cy="${(cy + dys[j]).toFixed(1)}" r="${radius}">` +
            `<title>${esc(d.name)}: ${esc(formatNumber(d.score))}</title></circle>`,
        )
        .join('');
      const mx = x(row.median).toFixed(1);
      return (
        `<g class="chart-row" data-unit="${esc(row.unit)}">` +
        `<text class="unit-label" x="${label - 6}" y="${cy + 4}" text-anchor="end"><title>${esc(row.unitName)}</title>${esc(row.unit)}</text>` +
        `<line class="median" x1="${mx}" x2="${mx}" y1="${cy - rowHeight / 2 + 2}" y2="${cy + rowHeight / 2 - 2}"/>` +
        dots +
        `</g>`
      );
    })
    .join('');
  const summary = rows
    .map((r) => {
      const scores = r.dots.map((d) => d.score);
      return text.chartUnitSummary(
        r.unitName,
        r.dots.length,
        formatNumber(Math.min(...scores)),
        formatNumber(Math.max(...scores)),
        formatNumber(r.median),
      );
    })
    .join('; ');
  const legend =
    `<p class="legend"><span class="legend__item"><svg width="10" height="10" aria-hidden="true"><circle class="dot dot--awarded" cx="5" cy="5" r="4"/></svg> ${esc(M.chartLegendAwarded)}</span>` +
    `<span class="legend__item"><svg width="10" height="10" aria-hidden="true"><circle class="dot dot--other" cx="5" cy="5" r="4"/></svg> ${esc(M.chartLegendOther)}</span>` +
    `<span class="legend__item"><svg width="6" height="12" aria-hidden="true"><line class="median" x1="3" x2="3" y1="0" y2="12"/></svg> ${esc(M.chartLegendMedian)}</span></p>`;
  return (
    `<figure class="chart">` +
    `<svg class="chart__svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="chart-title chart-desc" preserveAspectRatio="xMinYMin meet">` +
    `<title id="chart-title">${esc(text.chartTitle(phaseName))}</title><desc id="chart-desc">${esc(summary)}</desc>` +
    ticks.join('') +
    body +
    `</svg>${legend}</figure>`
  );
}
