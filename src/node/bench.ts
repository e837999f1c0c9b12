// `npm run bench`: speed figures for the engine, the .xlsx adapter, the CLI end to end and the Apps Script shell.
import { benchCore } from './bench/core';
import { benchEndToEnd } from './bench/end-to-end';
import { benchGas } from './bench/gas';
import { benchXlsx } from './bench/xlsx';
import { benchOffice } from './bench/office';

const sections: [string, () => Promise<string[]>][] = [
  ['Engine (src/core): tally of one phase', benchCore],
  ['.xlsx adapter', benchXlsx],
  ['CLI end to end', benchEndToEnd],
  ['Apps Script shell (in-memory SpreadsheetApp, 50 ms per service call)', benchGas],
  ['Office consolidation (issue 16)', benchOffice],
];

async function main(): Promise<void> {
  const only = process.argv[2];
  for (const [title, run] of sections) {
    if (only && !title.toLowerCase().includes(only.toLowerCase())) continue;
    console.log(`\n## ${title}`);
    for (const line of await run()) console.log(line);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
