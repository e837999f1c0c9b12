// What the sidebar's "Kiểm tra" and its year-end rows get from the server, over the demo school.
import { openXlsx } from '../../src/node/xlsx/index';
import { DOCUMENTS } from '../../src/documents/registry';
import { readSchool } from '../../src/workbook/read-school';
import { problemView } from '../../src/workbook/problems';
import { runTally, validateData } from '../../src/workbook/service';
import { tallyPhase } from '../../src/core/tally';
import { roundHalfAway } from '../../src/core/numbers';
import { demoCopy } from '../ui/demo-workbook';

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
});
