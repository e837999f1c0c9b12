// Golden test: the demo school's tally of every phase, as `thidua tally --json` prints it (SPEC §7).
// A change in any decision, score, rank or reason shows up here as a reviewable diff of test/golden/*.json.
// After an intended change: UPDATE_GOLDEN=1 npx jest test/golden, then read the diff before committing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    if (process.env.CI) throw new Error(`missing golden file ${file}`);
    writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
  }
  expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
});
