import { synthesize } from '../../src/core/synthetic';
import { tallyPhase } from '../../src/core/tally';

describe('synthesize', () => {
  it('builds the requested sizes, deterministically per seed', () => {
    const a = synthesize({ staff: 50, members: 7, criteria: 6, seed: 3 });
    expect(a.staff).toHaveLength(50);
    expect(a.members).toHaveLength(7);
    expect(a.criteria.filter((c) => c.kind === 'staff')).toHaveLength(6);
    expect(a.cards.filter((c) => c.kind === 'staff')).toHaveLength(7);
    expect(a.cards[0].values).toHaveLength(50 * 6);
    const b = synthesize({ staff: 50, members: 7, criteria: 6, seed: 3 });
    expect(b.staff).toEqual(a.staff);
    expect(Array.from(b.cards[0].values)).toEqual(Array.from(a.cards[0].values));
    expect(synthesize({ staff: 50, members: 7, criteria: 6, seed: 4 }).staff).not.toEqual(a.staff);
  });

  it('gives a phase the engine tallies without problems, with every award exercised', () => {
    const t = tallyPhase(synthesize({ staff: 120, members: 9, criteria: 10, seed: 11 }), 'D1');
    expect(t.problems).toEqual([]);
    expect(t.awards.map((a) => a.code)).toEqual(['LDTT', 'CSTDCS', 'GKDX', 'TTLDTT', 'TTLDXS']);
    for (const a of t.awards) expect(a.recipients.length).toBeGreaterThan(0);
  });
});
