// Golden test: the demo school's tally of every phase, as `thidua tally --json` prints it (SPEC §7).
// A change in any decision, score, rank or reason shows up here as a reviewable diff of test/golden/*.json.
// After an intended change: `npm run golden` rewrites them (the test itself never writes); read the diff before committing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tallyPhase } from '../../src/core/tally';
import { openXlsx } from '../../src/node/xlsx/index';
import { readSchool } from '../../src/workbook/read-school';
import { tallyJson } from '../../src/workbook/tally-json';

const root = join(__dirname, '..', '..');
const { data, problems } = readSchool(openXlsx(join(root, 'sheets-templates', 'demo.xlsx')));

test('the demo school reads without any problem', () => {
  expect(problems).toEqual([]);
});

test.each(data.phases.map((p) => p.id))('phase %s matches its golden JSON', (phaseId) => {
  const actual = tallyJson(tallyPhase(data, phaseId));
  const file = join(__dirname, `demo-${phaseId}.json`);
  if (!existsSync(file)) throw new Error(`missing golden file ${file}: run \`npm run golden\`, then read the diff`);
  expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
});
