// Rewrites test/golden/demo-*.json from the current engine: run only after an intended change in a decision,
// score, rank or reason, then read the diff before committing (`npm run golden`). The golden test never writes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tallyPhase } from '../../src/core/tally';
import { openXlsx } from '../../src/node/xlsx/index';
import { readSchool } from '../../src/workbook/read-school';
import { tallyJson } from '../../src/workbook/tally-json';

// npm runs scripts from the package root
const root = process.cwd();
const { data, problems } = readSchool(openXlsx(join(root, 'sheets-templates', 'demo.xlsx')));
if (problems.length > 0) throw new Error(`the demo has problems: ${problems.map((p) => p.message).join('; ')}`);
for (const phase of data.phases) {
  const file = join(root, 'test', 'golden', `demo-${phase.id}.json`);
  writeFileSync(file, JSON.stringify(tallyJson(tallyPhase(data, phase.id)), null, 2) + '\n');
  console.log(`wrote ${file}`);
}
