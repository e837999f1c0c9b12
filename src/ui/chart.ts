// Score distribution per unit as a dot plot in inline SVG: one row per unit (by name), a row for the units
// themselves (tập thể), one dot per participant coloured by the highest award held (order derived from the
// phase's awards, see award-order.ts), hollow for none, a tick at each row's median, an axis titled “Điểm” and a
// legend. The unit picked in the ranking's filter is highlighted. The width is capped by CSS.
import type { TallyAwardView, TallyParticipantView } from '../workbook/api';
import { awardPrecedence, highestAward } from './award-order';
import { esc, formatNumber, median } from './format';
import { M, text } from './messages';

export const CHART = { width: 300, left: 6, right: 12, rowHeight: 38, labelHeight: 14, top: 4, axis: 36, radius: 4 } as const;
/** colours for the highest awards, highest first (more awards than colours: the last colour repeats) */
const SLOTS = 6;
const UNITS_ROW = '\u0000units';

export interface ChartDot {
  id: string;
  name: string;
  score: number;
  /** the highest award held (code), or null */
  award: string | null;
}

export interface ChartRow {
  unit: string;
  unitName: string;
  dots: ChartDot[];
  median: number;
}

/**
 * Rows for units with at least one scored staff member, in the given unit order (unknown units last), then one
 * row of the scored units themselves.
 */
export function chartRows(
  participants: TallyParticipantView[],
  units: { id: string; name: string }[],
  precedence: string[] = [],
): ChartRow[] {
  const byUnit = new Map<string, ChartRow>();
  const unitRow: ChartRow = { unit: UNITS_ROW, unitName: M.chartUnitsRow, dots: [], median: 0 };
  for (const p of participants) {
    if (p.score === null) continue;
    const dot = { id: p.id, name: p.name, score: p.score, award: highestAward(p, precedence) };
    if (p.kind === 'unit') {
      unitRow.dots.push(dot);
      continue;
    }
    const unit = p.unit ?? '';
    let row = byUnit.get(unit);
    if (!row) {
      row = { unit, unitName: p.unitName ?? unit, dots: [], median: 0 };
      byUnit.set(unit, row);
    }
    row.dots.push(dot);
  }
  const order = new Map(units.map((u, i) => [u.id, i]));
  const rows = [...byUnit.values()].sort(
    (a, b) => (order.get(a.unit) ?? units.length) - (order.get(b.unit) ?? units.length) || a.unit.localeCompare(b.unit),
  );
  if (unitRow.dots.length > 0) rows.push(unitRow);
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
    const dy = candidates.find((c) => placed.every((p) => Math.abs(p.x - x) >= radius * 1.8 || Math.abs(p.dy - c) >= radius * 1.8)) ?? 0;
    placed.push({ x, dy });
    return dy;
  });
}

function shorten(name: string, max = 44): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

export function renderScoreChart(
  participants: TallyParticipantView[],
  units: { id: string; name: string }[],
  phaseName: string,
  awards: TallyAwardView[] = [],
  selectedUnit = '',
): string {
  const precedence = awardPrecedence(awards, participants);
  const rows = chartRows(participants, units, precedence);
  if (rows.length === 0) return `<p class="muted">${esc(M.chartEmpty)}</p>`;
  const held = precedence.filter((code) => rows.some((r) => r.dots.some((d) => d.award === code)));
  const slot = (code: string | null) => (code === null ? -1 : Math.min(held.indexOf(code), SLOTS - 1));
  const names = new Map(awards.map((a) => [a.code, a.name]));
  const [from, to] = chartDomain(rows);
  const { width, left, right, rowHeight, labelHeight, top, axis, radius } = CHART;
  const plotWidth = width - left - right;
  const x = (score: number) => left + ((score - from) / (to - from)) * plotWidth;
  const bottom = top + rows.length * rowHeight;
  const height = bottom + axis;

  const ticks: string[] = [];
  const step = to - from > 50 ? 20 : 10;
  for (let t = from; t <= to; t += step) {
    ticks.push(
      `<line class="grid" x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${top}" y2="${bottom}"/>` +
        `<text class="tick" x="${x(t).toFixed(1)}" y="${bottom + 13}" text-anchor="middle">${esc(formatNumber(t, 0))}</text>`,
    );
  }
  const axisTitle = `<text class="axis-title" x="${(left + plotWidth / 2).toFixed(1)}" y="${bottom + 29}" text-anchor="middle">${esc(M.chartAxis)}</text>`;
  const body = rows
    .map((row, i) => {
      const y0 = top + i * rowHeight;
      const cy = y0 + labelHeight + (rowHeight - labelHeight) / 2;
      const selected = selectedUnit !== '' && row.unit === selectedUnit;
      const dimmed = selectedUnit !== '' && !selected;
      const sorted = [...row.dots].sort((a, b) => a.score - b.score);
      const dys = offsets(
        sorted.map((d) => x(d.score)),
        radius,
      );
      const dots = sorted
        .map((d, j) => {
          const s = slot(d.award);
          const cls = s < 0 ? 'dot dot--other' : `dot dot--a${s}`;
          const award = d.award ? `, ${names.get(d.award) ?? d.award}` : '';
          return (
            `<circle class="${cls}" data-id="${esc(d.id)}" data-award="${esc(d.award ?? '')}" cx="${x(d.score).toFixed(1)}" cy="${(cy + dys[j]).toFixed(1)}" r="${radius}">` +
            `<title>${esc(d.name)}: ${esc(formatNumber(d.score))}${esc(award)}</title></circle>`
          );
        })
        .join('');
      const mx = x(row.median).toFixed(1);
      return (
        `<g class="chart-row${selected ? ' chart-row--selected' : ''}${dimmed ? ' chart-row--dimmed' : ''}" data-unit="${esc(row.unit === UNITS_ROW ? '' : row.unit)}">` +
        (selected ? `<rect class="row-highlight" x="0" y="${y0}" width="${width}" height="${rowHeight}" rx="3"/>` : '') +
        `<text class="unit-label" x="${left}" y="${y0 + 11}"><title>${esc(row.unitName)}</title>${esc(shorten(row.unitName))}</text>` +
        `<line class="median" x1="${mx}" x2="${mx}" y1="${cy - 9}" y2="${cy + 9}"/>` +
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
  const swatch = (cls: string) => `<svg width="10" height="10" aria-hidden="true"><circle class="${cls}" cx="5" cy="5" r="4"/></svg>`;
  const legend =
    `<ul class="legend">` +
    held
      .map(
        (code) =>
          `<li class="legend__item" data-award="${esc(code)}">${swatch(`dot dot--a${slot(code)}`)} ${esc(names.get(code) ?? code)}</li>`,
      )
      .join('') +
    `<li class="legend__item">${swatch('dot dot--other')} ${esc(M.chartLegendOther)}</li>` +
    `<li class="legend__item"><svg width="6" height="12" aria-hidden="true"><line class="median" x1="3" x2="3" y1="0" y2="12"/></svg> ${esc(M.chartLegendMedian)}</li></ul>`;
  return (
    `<figure class="chart">` +
    `<svg class="chart__svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="chart-title chart-desc" preserveAspectRatio="xMinYMin meet">` +
    `<title id="chart-title">${esc(text.chartTitle(phaseName))}</title><desc id="chart-desc">${esc(summary)}</desc>` +
    ticks.join('') +
    axisTitle +
    body +
    `</svg>${legend}</figure>`
  );
}
