// `tally --json` with the council's statistics: the three keys of SPEC §7, in their exact shape.
import { join } from 'node:path';
import { phaseFairness } from '../../src/core/fairness';
import { tallyPhase } from '../../src/core/tally';
import { openXlsx } from '../../src/node/xlsx/index';
import { readSchool } from '../../src/workbook/read-school';
import { tallyJson } from '../../src/workbook/tally-json';

const { data } = readSchool(openXlsx(join(__dirname, '..', '..', 'sheets-templates', 'demo.xlsx')));

test('members, agreement and sensitivity as SPEC §7 lists them; without statistics the object is as before', () => {
  const tally = tallyPhase(data, 'D2');
  const json = tallyJson(tally, phaseFairness(data, 'D2', tally));
  expect(Object.keys(tallyJson(tally)).sort()).toEqual(['awards', 'errors', 'participants', 'phase', 'warnings']);
  expect(json.members?.length).toBe(2 * data.members.length);
  for (const m of json.members ?? []) {
    expect(Object.keys(m)).toEqual(['id', 'name', 'kind', 'marked', 'deviation', 'deviationSd', 'rho', 'flag']);
    for (const x of [m.deviation, m.deviationSd, m.rho]) if (x !== null) expect(Math.round(x * 100) / 100).toBe(x);
    expect([null, 'khác biệt', 'dễ', 'khắt khe']).toContain(m.flag);
  }
  expect(json.agreement?.map((a) => Object.keys(a))).toEqual([
    ['kind', 'method', 'w', 'chi2', 'df', 'p'],
    ['kind', 'method', 'w', 'chi2', 'df', 'p'],
  ]);
  expect(json.agreement?.map((a) => [a.kind, a.method])).toEqual([
    ['staff', 'complete'],
    ['unit', 'pairwise'],
  ]);
  expect(json.agreement?.[0].df).toBe(data.staff.filter((s) => s.active).length - data.members.length - 1);
  expect(json.agreement?.[1]).toMatchObject({ chi2: null, df: null, p: null });
  for (const s of json.sensitivity ?? []) {
    expect(Object.keys(s)).toEqual(['member', 'changes']);
    for (const c of s.changes) expect(Object.keys(c)).toEqual(['award', 'lost', 'gained']);
  }
  expect(JSON.parse(JSON.stringify(json))).toEqual(json);
});
