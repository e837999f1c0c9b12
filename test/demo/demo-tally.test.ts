// The demo read and tallied by the real engine: zero errors, and the stories the demo is built to tell.
import { COUNCIL, STAFF, UNITS, VOTES, activeStaff, demoSheets } from '../../sheets-templates/demo-school';
import { readSchool } from '../../src/workbook/read-school';
import { tallyPhase } from '../../src/core/tally';
import type { PhaseTally, ParticipantResult } from '../../src/core/result';
import { memoryWorkbook } from './memory-workbook';

const { data, problems } = readSchool(memoryWorkbook(demoSheets()));
const tallies = new Map<string, PhaseTally>(data.phases.map((p) => [p.id, tallyPhase(data, p.id)]));

function tally(phase: string): PhaseTally {
  const t = tallies.get(phase);
  if (!t) throw new Error(`no phase ${phase}`);
  return t;
}

function award(phase: string, code: string) {
  const a = tally(phase).awards.find((x) => x.code === code);
  if (!a) throw new Error(`no award ${code} in ${phase}`);
  return a;
}

function staffResults(phase: string): ParticipantResult[] {
  return tally(phase).participants.filter((p) => p.kind === 'staff');
}

function votesFor(phase: string, code: string, id: string): number {
  return VOTES.find((v) => v.phase === phase && v.award === code && v.id === id)?.agree ?? 0;
}

const errorsOf = (list: { severity: string }[]) => list.filter((p) => p.severity === 'error');

test('the demo reads with zero errors and every input it holds', () => {
  expect(errorsOf(problems)).toEqual([]);
  expect(data.staff).toHaveLength(STAFF.length);
  expect(data.units).toHaveLength(UNITS.length);
  expect(data.members).toHaveLength(COUNCIL.length);
  expect(data.cards.length).toBe(2 * 3 * COUNCIL.length);
  expect(data.votes.map((v) => v.phaseId).sort()).toEqual(['CN', 'D1']);
});

test.each(['D1', 'D2', 'D3', 'CN'])('phase %s tallies with no errors, every active participant scored', (phase) => {
  const t = tally(phase);
  expect(errorsOf(t.problems)).toEqual([]);
  expect(staffResults(phase)).toHaveLength(activeStaff().length);
  expect(t.participants.filter((p) => p.status !== 'ok')).toEqual([]);
  for (const a of t.awards) expect(a.pending).toEqual([]);
});

describe('D1', () => {
  test('6 GKDX, one seat per unit by head-count, each filled inside its unit', () => {
    const gkdx = award('D1', 'GKDX');
    expect(gkdx.quota).toBe(6);
    expect(gkdx.recipients).toHaveLength(6);
    expect(gkdx.open).toBe(0);
    const seats = gkdx.byUnit ?? {};
    expect(Object.values(seats).reduce((a, b) => a + b, 0)).toBe(6);
    const unitOf = new Map(staffResults('D1').map((p) => [p.id, p.unit]));
    const perUnit = new Map<string, number>();
    for (const id of gkdx.recipients) perUnit.set(unitOf.get(id) ?? '', (perUnit.get(unitOf.get(id) ?? '') ?? 0) + 1);
    expect(Object.fromEntries(perUnit)).toEqual(Object.fromEntries(Object.entries(seats).filter(([, n]) => n > 0)));
    expect(perUnit.size).toBeGreaterThanOrEqual(5);
  });

  test('2 TTXS units', () => {
    const ttxs = award('D1', 'TTXS');
    expect(ttxs.recipients).toHaveLength(2);
    expect(ttxs.kind).toBe('unit');
  });

  test('a tie on marks at a tổ’s GKDX cut is decided by the ballot', () => {
    const results = staffResults('D1');
    const decided = results.flatMap((winner) =>
      results
        .filter((loser) => winner.awards.includes('GKDX') && !loser.awards.includes('GKDX'))
        .filter((loser) => loser.unit === winner.unit && loser.score === winner.score && loser.rank === winner.rank)
        .map((loser) => [winner.id, loser.id]),
    );
    expect(decided.length).toBeGreaterThanOrEqual(1);
    for (const [winner, loser] of decided) expect(votesFor('D1', 'GKDX', winner)).toBeGreaterThan(votesFor('D1', 'GKDX', loser));
  });
});

describe('CN', () => {
  test('LĐTT meets the plan’s 85% target, and not everyone gets it', () => {
    const ldtt = award('CN', 'LDTT');
    expect(ldtt.recipients.length / activeStaff().length).toBeGreaterThanOrEqual(0.85);
    expect(ldtt.recipients.length).toBeLessThan(activeStaff().length);
  });

  test('CSTĐCS: at most 7, each an LĐTT holder with ≥ 80% of the council; someone eligible misses on votes', () => {
    const cstd = award('CN', 'CSTDCS');
    expect(cstd.recipients.length).toBeLessThanOrEqual(7);
    const ldtt = new Set(award('CN', 'LDTT').recipients);
    for (const id of cstd.recipients) {
      expect(ldtt.has(id)).toBe(true);
      expect(votesFor('CN', 'CSTDCS', id) / COUNCIL.length).toBeGreaterThanOrEqual(0.8);
    }
    const refusedOnVotes = VOTES.filter(
      (v) => v.phase === 'CN' && v.award === 'CSTDCS' && v.agree / COUNCIL.length < 0.8 && ldtt.has(v.id),
    ).filter((v) => {
      const s = STAFF.find((x) => x.id === v.id);
      return s?.rating === 'HTXSNV' || s?.initiative === true;
    });
    expect(refusedOnVotes.length).toBeGreaterThanOrEqual(1);
    for (const v of refusedOnVotes) expect(cstd.recipients).not.toContain(v.id);
  });

  test('collective titles follow the members’ results', () => {
    const ldtt = new Set(award('CN', 'LDTT').recipients);
    const cstd = new Set(award('CN', 'CSTDCS').recipients);
    const members = (unit: string) => activeStaff().filter((s) => s.unit === unit);
    for (const code of ['TTLDXS', 'TTLDTT']) {
      for (const unit of award('CN', code).recipients) {
        const share = members(unit).filter((s) => ldtt.has(s.id)).length / members(unit).length;
        expect(share).toBeGreaterThanOrEqual(0.7);
        if (code === 'TTLDXS') expect(members(unit).some((s) => cstd.has(s.id))).toBe(true);
      }
    }
    const withoutTitle = UNITS.filter((u) => ![...award('CN', 'TTLDXS').recipients, ...award('CN', 'TTLDTT').recipients].includes(u.id));
    expect(withoutTitle.length).toBeGreaterThanOrEqual(1);
  });
});
