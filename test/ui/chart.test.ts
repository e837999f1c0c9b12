import { CHART, chartDomain, chartRows, renderScoreChart } from '../../src/ui/chart';
import { awardPrecedence, highestAward } from '../../src/ui/award-order';
import { M } from '../../src/ui/messages';
import type { TallyAwardView, TallyParticipantView } from '../../src/workbook/api';
import { AWARDS, UNITS, tallyView } from './fixtures';

describe('score chart', () => {
  const tally = tallyView();
  const scored = tally.participants.filter((p) => p.score !== null);
  const scoredStaff = scored.filter((p) => p.kind === 'staff');
  const svg = renderScoreChart(tally.participants, UNITS, 'Đợt 1', tally.awards);

  it('has one row per unit with scored staff, in unit order, then a row of the units, one dot per scored participant', () => {
    const rows = chartRows(tally.participants, UNITS);
    expect(rows.map((r) => r.unitName)).toEqual([...UNITS.map((u) => u.name), M.chartUnitsRow]);
    expect(rows.reduce((n, r) => n + r.dots.length, 0)).toBe(scored.length);
    expect((svg.match(/<circle class="dot [^"]*" data-id=/g) ?? []).length).toBe(scored.length);
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<desc id="chart-desc">[^<]*Tổ Toán – Tin: 4 người/);
  });

  it('labels the rows with unit names and the axis with “Điểm”', () => {
    for (const u of UNITS) expect(svg).toContain(`</title>${u.name}</text>`);
    expect(svg).toContain(`class="axis-title"`);
    expect(svg).toMatch(new RegExp(`class="axis-title"[^>]*>${M.chartAxis}<`));
  });

  it('places higher scores further right, inside the plot', () => {
    const dots = [...svg.matchAll(/data-id="([^"]+)" data-award="[^"]*" cx="([\d.]+)"/g)].map((m) => ({ id: m[1], x: Number(m[2]) }));
    expect(dots.length).toBe(scored.length);
    const score = new Map(scoredStaff.map((p) => [p.id, p.score as number]));
    for (const a of dots) {
      expect(a.x).toBeGreaterThanOrEqual(CHART.left);
      expect(a.x).toBeLessThanOrEqual(CHART.width - CHART.right);
      for (const b of dots) {
        if (score.has(a.id) && score.has(b.id) && (score.get(a.id) ?? 0) > (score.get(b.id) ?? 0)) expect(a.x).toBeGreaterThan(b.x);
      }
    }
  });

  it('colours each dot by the highest award held, hollow for none, with a legend naming the awards', () => {
    const precedence = awardPrecedence(tally.awards, tally.participants);
    for (const p of scoredStaff) {
      const cls = new RegExp(`class="dot (dot--[\\w-]+)" data-id="${p.id}"`).exec(svg)?.[1];
      expect(cls === 'dot--other').toBe(highestAward(p, precedence) === null);
    }
    // CB001 holds both giấy khen and CSTĐCS: CSTĐCS is processed later and held with it, so it is the higher one
    expect(svg).toMatch(/data-id="CB001" data-award="CSTDCS"/);
    for (const a of AWARDS.filter((x) => x.recipients.length > 0)) expect(svg).toContain(`data-award="${a.code}">`);
    expect(svg).toContain(M.chartLegendOther);
  });

  it('highlights the filtered unit and dims the others', () => {
    const filtered = renderScoreChart(tally.participants, UNITS, 'Đợt 1', tally.awards, 'T2');
    expect(filtered).toMatch(/class="chart-row chart-row--selected" data-unit="T2"/);
    expect((filtered.match(/chart-row--dimmed/g) ?? []).length).toBe(UNITS.length); // the other 3 units + the units row
  });

  it('spans a multiple of ten up to at least 100', () => {
    const rows = chartRows(tally.participants, UNITS);
    expect(chartDomain(rows)).toEqual([60, 100]);
    expect(renderScoreChart([], UNITS, 'x')).not.toContain('<svg');
  });
});

describe('highest award, from the processing order', () => {
  const award = (code: string): TallyAwardView => ({
    code,
    name: code,
    kind: 'staff',
    quota: null,
    byUnit: null,
    recipients: [],
    pending: [],
    open: 0,
  });
  const person = (id: string, awards: string[]) => ({ id, awards }) as TallyParticipantView;

  it('puts an award others build on below them, and otherwise keeps the processing order', () => {
    // year end: LĐTT first, then CSTĐCS and a giấy khen, each held together with LĐTT
    const awards = ['LDTT', 'CSTDCS', 'GKHT'].map(award);
    const people = [person('a', ['LDTT', 'CSTDCS']), person('b', ['LDTT', 'GKHT']), person('c', ['LDTT'])];
    expect(awardPrecedence(awards, people)).toEqual(['CSTDCS', 'GKHT', 'LDTT']);
    expect(people.map((p) => highestAward(p, awardPrecedence(awards, people)))).toEqual(['CSTDCS', 'GKHT', 'LDTT']);
    expect(highestAward(person('d', []), ['LDTT'])).toBeNull();
    // nobody holds two: the processing order stands
    expect(awardPrecedence(['X', 'Y'].map(award), [person('a', ['Y'])])).toEqual(['X', 'Y']);
  });
});
