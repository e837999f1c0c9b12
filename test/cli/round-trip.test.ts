// Template → read → write → read: what the .xlsx adapter and the workbook layer write, they read back unchanged.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tallyPhase } from '../../src/core/tally';
import { openXlsx, writeXlsxFile } from '../../src/node/xlsx/index';
import { readSchool } from '../../src/workbook/read-school';
import { resultsSheet } from '../../src/documents/results-sheet';
import { demoSheets } from '../../sheets-templates/demo-school';
import { templateSheets } from '../../sheets-templates/template';

const dir = mkdtempSync(join(tmpdir(), 'thidua-roundtrip-'));

test.each([
  ['the blank template', templateSheets],
  ['the demo school', demoSheets],
])('%s: written, read, written again with results, read again — the same school', (_label, sheets) => {
  const first = join(dir, `${_label}-1.xlsx`);
  writeXlsxFile(first, sheets());
  const read1 = readSchool(openXlsx(first));
  expect(read1.problems.filter((p) => p.severity === 'error')).toEqual([]);

  const wb = openXlsx(first);
  const outputs = read1.data.phases.map((phase) => resultsSheet(read1.data, tallyPhase(read1.data, phase.id)));
  wb.write(outputs);
  const second = join(dir, `${_label}-2.xlsx`);
  wb.saveAs(second);

  const reopened = openXlsx(second);
  const read2 = readSchool(reopened);
  expect(read2.data).toEqual(read1.data);
  expect(read2.problems).toEqual(read1.problems);
  for (const output of outputs) {
    const back = reopened.read(output.name)?.values ?? [];
    // every written value comes back (trailing blanks aside)
    output.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== '') expect(back[r]?.[c]).toEqual(value);
      }),
    );
  }
});
