import { CHART, chartDomain, chartRows, renderScoreChart } from '../../src/ui/chart';
import { UNITS, tallyView } from './fixtures';

describe('score chart', () => {
  const tally = tallyView();
  const scored = tally.participants.filter((p) => p.kind === 'staff' && p.score !== null);

  it('has one row per unit with scored staff, in unit order, and one dot per scored person', () => {
    const rows = chartRows(tally.participants, UNITS);
    expect(rows.map((r) => r.unit)).toEqual(UNITS.map((u) => u.id));
    expect(rows.reduce((n, r) => n + r.dots.length, 0)).toBe(scored.length);
    const svg = renderScoreChart(tally.participants, UNITS, 'Đợt 1');
    expect((svg.match(/<circle class="dot /g) ?? []).length).toBe(scored.length + 2); // + the two legend symbols
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<desc id="chart-desc">[^<]*Tổ Toán – Tin: 4 người/);
  });

  it('places higher scores further right, inside the plot', () => {
    const svg = renderScoreChart(tally.participants, UNITS, 'Đợt 1');
    const dots = [...svg.matchAll(/data-id="([^"]+)" cx="([\d.]+)"/g)].map((m) => ({ id: m[1], x: Number(m[2]) }));
    const score = new Map(scored.map((p) => [p.id, p.score as number]));
    for (const a of dots) {
      expect(a.x).toBeGreaterThanOrEqual(CHART.label);
      expect(a.x).toBeLessThanOrEqual(CHART.width - CHART.right);
      for (const b of dots) {
        if ((score.get(a.id) ?? 0) > (score.get(b.id) ?? 0)) expect(a.x).toBeGreaterThan(b.x);
      }
    }
  });

  it('fills the dots of recipients and keeps the others hollow', () => {
    const svg = renderScoreChart(tally.participants, UNITS, 'Đợt 1');
    for (const p of scored) {
      const cls = new RegExp(`class="dot (dot--\\w+)" data-id="${p.id}"`).exec(svg)?.[1];
      expect(cls).toBe(p.awards.length > 0 ? 'dot--awarded' : 'dot--other');
    }
  });

  it('spans a multiple of ten up to at least 100', () => {
    const rows = chartRows(tally.participants, UNITS);
    expect(chartDomain(rows)).toEqual([60, 100]);
    expect(renderScoreChart([], UNITS, 'x')).not.toContain('<svg');
  });
});
