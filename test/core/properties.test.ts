import fc from 'fast-check';
import type { Aggregation, AwardRule, SchoolData, ScoreCard } from '../../src/core/model';
import { synthesize } from '../../src/core/synthetic';
import { tallyPhase } from '../../src/core/tally';

const ruleArb = fc.record({
  method: fc.constantFrom<AwardRule['method']>('quota', 'standard'),
  count: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
  capPercent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  capBase: fc.constantFrom<string | null>(null, 'LDTT'),
  minScore: fc.option(fc.integer({ min: 50, max: 90 }), { nil: null }),
  splitByUnit: fc.boolean(),
  exclusionGroup: fc.constantFrom<string | null>(null, 'GK'),
  minVotePercent: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
});

const schoolArb = fc
  .record({
    staff: fc.integer({ min: 3, max: 40 }),
    members: fc.integer({ min: 1, max: 5 }),
    criteria: fc.integer({ min: 1, max: 4 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    aggregation: fc.constantFrom<Aggregation>('mean', 'trimmed', 'median'),
    womenPriority: fc.boolean(),
    rules: fc.array(ruleArb, { maxLength: 4 }),
  })
  .map(({ rules, aggregation, womenPriority, ...size }) => {
    const d = synthesize(size);
    d.config.aggregation = aggregation;
    d.config.womenPriority = womenPriority;
    const template = d.awards[0];
    rules.forEach((r, i) =>
      d.awards.push({
        ...template,
        ...r,
        code: `R${i}`,
        name: `R${i}`,
        row: d.awards.length + 2,
        order: 10 + i,
        minRating: null,
        minMonths: null,
        noDiscipline: false,
      }),
    );
    return d;
  });

function permute<T>(list: readonly T[], order: readonly number[]): T[] {
  const keyed = list.map((item, i) => ({ item, k: order[i % order.length] * 1000 + i }));
  return keyed.sort((a, b) => a.k - b.k).map((x) => x.item);
}

function shuffleCardRows(card: ScoreCard, order: readonly number[]): ScoreCard {
  const width = card.criterionIds.length;
  const rows = permute(
    card.participantIds.map((_, r) => r),
    order,
  );
  const values = new Float64Array(card.values.length);
  rows.forEach((r, to) => values.set(card.values.subarray(r * width, (r + 1) * width), to * width));
  return { ...card, participantIds: rows.map((r) => card.participantIds[r]), rows: rows.map((r) => card.rows[r]), values };
}

describe('properties', () => {
  it('no quota or cap is ever exceeded; a split gives out exactly the quota', () => {
    fc.assert(
      fc.property(schoolArb, (d) => {
        const t = tallyPhase(d, 'D1');
        for (const a of t.awards) {
          if (a.quota === null) continue;
          expect(a.recipients.length).toBeLessThanOrEqual(a.quota);
          expect(a.open).toBe(a.quota - a.recipients.length);
          if (a.byUnit) expect(Object.values(a.byUnit).reduce((x, y) => x + y, 0)).toBe(d.staff.some((s) => s.active) ? a.quota : 0);
        }
        const cap = t.awards.find((a) => a.code === 'CSTDCS');
        const ldtt = t.awards.find((a) => a.code === 'LDTT');
        if (cap && ldtt) expect(cap.recipients.length).toBeLessThanOrEqual(Math.floor(0.15 * ldtt.recipients.length));
      }),
      { numRuns: 60 },
    );
  });

  it('permuting input rows does not change any decision', () => {
    fc.assert(
      fc.property(schoolArb, fc.array(fc.nat(50), { minLength: 1, maxLength: 20 }), (d, order) => {
        const shuffled: SchoolData = {
          ...d,
          units: permute(d.units, order),
          staff: permute(d.staff, [...order].reverse()),
          members: permute(d.members, order),
          awards: permute(d.awards, order),
          cards: permute(d.cards, [...order].reverse()).map((c) => shuffleCardRows(c, order)),
          votes: d.votes.map((v) => ({ ...v, rows: permute(v.rows, order) })),
        };
        const a = tallyPhase(d, 'D1');
        const b = tallyPhase(shuffled, 'D1');
        expect(b.participants).toEqual(a.participants);
        expect(b.awards).toEqual(a.awards);
        const text = (t: typeof a): string[] => t.problems.map((p) => JSON.stringify(p)).sort();
        expect(text(b)).toEqual(text(a));
      }),
      { numRuns: 60 },
    );
  });

  it("raising one participant's mark never lowers their rank", () => {
    fc.assert(
      fc.property(schoolArb, fc.nat(), fc.nat(), fc.nat(), (d, cardPick, rowPick, colPick) => {
        const cards = d.cards.filter((c) => c.kind === 'staff');
        const card = cards[cardPick % cards.length];
        const r = rowPick % card.participantIds.length;
        const c = colPick % card.criterionIds.length;
        const id = card.participantIds[r];
        const before = tallyPhase(d, 'D1').participants.find((p) => p.kind === 'staff' && p.id === id);
        const cell = r * card.criterionIds.length + c;
        const old = card.values[cell];
        card.values[cell] = Number.isNaN(old) ? old : Math.min(10, old + 2);
        const after = tallyPhase(d, 'D1').participants.find((p) => p.kind === 'staff' && p.id === id);
        card.values[cell] = old;
        if (before?.rank == null) return;
        expect(after?.rank).not.toBeNull();
        expect(after?.rank ?? Infinity).toBeLessThanOrEqual(before.rank);
      }),
      { numRuns: 80 },
    );
  });
});
