// `thidua tally --write` end to end on a generated workbook: read the .xlsx, tally, write the results, save.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { tallyPhase } from '../../core/tally';
import { readSchool } from '../../workbook/read-school';
import { resultsSheet } from '../../documents/results-sheet';
import { openXlsx, writeXlsxFile } from '../xlsx/index';
import type { BenchResult } from './section';
import { findSoffice } from '../export';
import { syntheticWorkbookSheets } from './synthetic-xlsx';

function hasSoffice(): boolean {
  return findSoffice() !== null;
}

const ms = (t: number) => `${t.toFixed(0).padStart(6)} ms`;

export async function benchEndToEnd(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-bench-'));
  const input = join(dir, 'truong-2000.xlsx');
  const output = join(dir, 'ket-qua.xlsx');
  try {
    writeXlsxFile(input, syntheticWorkbookSheets(2000, 15, 30));
    const lines = [
      `tally --write, 2 000 staff × 15 members × 30 criteria (900 000 marks), file ${(statSync(input).size / 1e6).toFixed(1)} MB`,
    ];
    const runs: number[][] = [];
    for (let i = 0; i < 4; i++) {
      const t0 = performance.now();
      const wb = openXlsx(input);
      const { data } = readSchool(wb);
      const t1 = performance.now();
      const tally = tallyPhase(data, 'D1');
      const t2 = performance.now();
      wb.write([resultsSheet(data, tally)]);
      wb.saveAs(output);
      const t3 = performance.now();
      if (i > 0) runs.push([t1 - t0, t2 - t1, t3 - t2, t3 - t0]);
    }
    const median = (k: number) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
    lines.push(`  read .xlsx + sheets → domain ${ms(median(0))}`);
    lines.push(`  tally                         ${ms(median(1))}`);
    lines.push(`  write Kết quả + save          ${ms(median(2))}`);
    lines.push(`  total (median of 3, goal ≤ 1 000 ms) ${ms(median(3))}`);
    if (hasSoffice()) {
      const t0 = performance.now();
      execFileSync('soffice', ['--headless', '--calc', '--convert-to', 'xlsx', '--outdir', join(dir, 'lo'), input], {
        stdio: 'ignore',
        env: { ...process.env, HOME: dir },
      });
      lines.push(`  peer: LibreOffice load + save of the same file ${ms(performance.now() - t0)}`);
    }
    return { lines, json: { endToEndMs: Number(median(3).toFixed(1)) } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
