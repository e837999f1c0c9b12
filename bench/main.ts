// `npm run bench [-- FILTER] [-- --json FILE]`: speed figures for the engine, the .xlsx adapter, the CLI end to end
// and the Apps Script shell. Outside src/: the Apps Script section runs on the test fake (test/gas/fake).
// With --json FILE, each section's figures go under its key: {"core": …, "cli": …, "gas": …}; a new section adds
// one entry below.
import { writeFileSync } from 'node:fs';
import { benchCore } from '../src/node/bench/core';
import { benchEndToEnd } from '../src/node/bench/end-to-end';
import type { BenchSection } from '../src/node/bench/section';
import { benchFairness } from '../src/node/bench/fairness';
import { benchOffice } from './office';
import { benchXlsx } from '../src/node/bench/xlsx';
import { benchGas } from './gas';

const sections: BenchSection[] = [
  { title: 'Engine (src/core): tally of one phase', key: 'core', run: benchCore },
  { title: 'Council statistics (sensitivity reruns)', key: 'fairness', run: benchFairness },
  { title: '.xlsx adapter', run: benchXlsx },
  { title: 'CLI end to end', key: 'cli', run: benchEndToEnd },
  { title: 'Office consolidation (500 schools in Apps Script, 1 000 files in Node)', run: benchOffice },
  { title: 'Apps Script shell (in-memory SpreadsheetApp, 50 ms per service call)', key: 'gas', run: benchGas },
];

interface Args {
  only: string | null;
  json: string | null;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { only: null, json: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') {
      const file = argv[++i];
      if (!file) throw new Error('--json needs a file name: npm run bench -- --json bench.json');
      args.json = file;
    } else args.only = argv[i];
  }
  return args;
}

async function main(): Promise<void> {
  const { only, json } = parseArgs(process.argv.slice(2));
  const figures: Record<string, unknown> = {};
  for (const { title, key, run } of sections) {
    if (only && !title.toLowerCase().includes(only.toLowerCase())) continue;
    console.log(`\n## ${title}`);
    const result = await run();
    for (const line of result.lines) console.log(line);
    if (key && result.json !== undefined) figures[key] = result.json;
  }
  if (json) {
    writeFileSync(json, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`\nfigures written to ${json}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
