// What the sidebar's "Kiểm tra" and its year-end rows get from the server, over the demo school.
import { openXlsx } from '../../src/node/xlsx/index';
import { DOCUMENTS } from '../../src/documents/registry';
import { readSchool } from '../../src/workbook/read-school';
import { problemView } from '../../src/workbook/problems';
import { runTally, validateData } from '../../src/workbook/service';
import { tallyPhase } from '../../src/core/tally';
import { roundHalfAway } from '../../src/core/numbers';
import { demoCopy } from '../ui/demo-workbook';
import type { TallyParticipantView } from '../../src/workbook/api';

describe('sidebar views over the demo school', () => {
  const { file } = demoCopy();

  it('"Kiểm tra" lists every warning an export would give (the check and the export never disagree)', () => {
    const { data } = readSchool(openXlsx(file));
    const checked = validateData(openXlsx(file)).problems.map((p) => `${p.cell} ${p.message}`);
    let exportWarnings = 0;
    for (const doc of DOCUMENTS) {
      for (const phase of doc.needsPhase ? data.phases : [null]) {
        const built = doc.build({ data, phase, tally: (id) => tallyPhase(data, id), today: new Date(2026, 4, 20) });
        // a warning at a cell is about the data, and the check must show it; a note without a cell is about the
        // document itself (e.g. a ballot count left blank for a phase without `Phiếu`)
        for (const w of built.warnings.map(problemView).filter((v) => v.cell !== null)) {
          exportWarnings++;
          expect(checked).toContain(`${w.cell} ${w.message}`);
        }
      }
    }
    expect(exportWarnings).toBeGreaterThan(0); // the demo has registrations that miss a condition
  });

  it('a year-end row carries the phase scores and weights its score is the mean of, and no criteria', () => {
    const { data } = readSchool(openXlsx(file));
    const year = data.phases.find((p) => p.type === 'year');
    if (!year) throw new Error('the demo has a year-end phase');
    const view = runTally(openXlsx(file), year.id, { write: false });
    const scored = view.participants.filter((p) => p.kind === 'staff' && p.score !== null);
    expect(scored.length).toBeGreaterThan(0);
    for (const p of scored) {
      expect(p.criteria).toEqual([]);
      const parts = p.yearPhases ?? [];
      expect(parts.length).toBeGreaterThan(1);
      const weight = parts.reduce((a, x) => a + x.weight, 0);
      const mean = parts.reduce((a, x) => a + x.weight * (x.score ?? NaN), 0) / weight;
      expect(p.score).toBe(roundHalfAway(mean, view.decimals));
    }
    const d1 = runTally(openXlsx(file), data.phases[0].id, { write: false });
    expect(d1.participants.every((p) => p.yearPhases === undefined)).toBe(true);
  });

  it('a row names who shares its score and the tie-break that ordered them, matching the ranks and the aggregates', () => {
    const { data } = readSchool(openXlsx(file));
    let shared = 0;
    let decided = 0;
    let second = 0;
    for (const phase of data.phases.filter((p) => p.type === 'phase')) {
      const view = runTally(openXlsx(file), phase.id, { write: false });
      expect(view.tieBreaks.staff.length).toBeGreaterThan(0); // the demo ranks ties by `Ưu tiên khi bằng điểm`
      const byId = new Map(view.participants.map((p) => [`${p.kind} ${p.id}`, p]));
      const value = (p: TallyParticipantView, id: string) => p.criteria.find((c) => c.id === id)?.value ?? null;
      for (const p of view.participants) {
        const same = view.participants.filter((o) => o !== p && o.kind === p.kind && p.score !== null && o.score === p.score);
        expect(p.sameScore.map((o) => o.id).sort()).toEqual(same.map((o) => o.id).sort());
        for (const o of p.sameScore) {
          const other = byId.get(`${p.kind} ${o.id}`) as TallyParticipantView;
          expect(o.rank).toBe(other.rank);
          const order = view.tieBreaks[p.kind].map((t) => t.id);
          if (o.decidedBy === null) {
            shared++;
            expect(o.rank).toBe(p.rank);
            for (const id of order) expect(value(p, id)).toBe(value(other, id));
          } else {
            decided++;
            expect(o.rank).not.toBe(p.rank);
            const at = order.indexOf(o.decidedBy.id);
            if (at > 0) second++;
            for (const id of order.slice(0, at)) expect(value(p, id)).toBe(value(other, id));
            expect(value(p, o.decidedBy.id)).not.toBe(value(other, o.decidedBy.id));
            // the higher aggregate ranks higher
            expect((value(p, o.decidedBy.id) ?? -Infinity) > (value(other, o.decidedBy.id) ?? -Infinity)).toBe(
              (p.rank ?? Infinity) < (o.rank ?? Infinity),
            );
            expect(o.decidedBy.text).toBe(view.tieBreaks[p.kind][at].text);
          }
        }
      }
    }
    // the demo has all three: a tie that stands, one split by the first tie-break, one by the second
    expect(shared).toBeGreaterThan(0);
    expect(decided).toBeGreaterThan(second);
    expect(second).toBeGreaterThan(0);
  });

  it('a year end scored as the mean of its phases uses no tie-break', () => {
    const { data } = readSchool(openXlsx(file));
    const year = data.phases.find((p) => p.type === 'year');
    if (!year) throw new Error('the demo has a year-end phase');
    const view = runTally(openXlsx(file), year.id, { write: false });
    expect(view.tieBreaks).toEqual({ staff: [], unit: [] });
    for (const p of view.participants) for (const o of p.sameScore) expect(o.decidedBy).toBeNull();
  });

  it('the council panel names the awards in its sentences (never a bare code)', () => {
    const { data } = readSchool(openXlsx(file));
    let sentences = 0;
    for (const phase of data.phases) {
      const view = runTally(openXlsx(file), phase.id, { write: false });
      const lines = [...(view.fairness?.sensitivity ?? []), view.fairness?.normalisation.sentence ?? ''];
      for (const line of lines) {
        for (const a of view.awards) {
          expect(line).not.toMatch(new RegExp(`(không còn|được) ${a.code}\\b`));
          if (line.includes(`không còn ${a.name}`) || line.includes(`được ${a.name}`)) sentences++;
        }
      }
    }
    expect(sentences).toBeGreaterThan(0); // the demo has decisions that hang on one member
  });
});
