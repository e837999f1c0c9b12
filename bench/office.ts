// The receiving office's consolidation (issue 16). Apps Script: 500 simulated schools × 60 staff on the project's
// Apps Script fake (test/office/province.ts: SpreadsheetApp, the Sheets and Drive advanced services, properties,
// ScriptApp triggers, the document lock), 200 ms per school file read, 100 ms per other remote call, plus the real
// processing time, with Apps Script's run budget: calls per school, simulated time, continuations; then the same
// collection ended at every checkpoint in turn must give the identical output. Node: 1 000 school .xlsx files → the
// office workbook, time and memory.
import type { BenchResult } from '../src/node/bench/section';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { registrationSummary } from '../src/documents/summary';
import type { OutputSheet } from '../src/documents/output';
import { collectFromMenu, RUN_BUDGET_MS } from '../src/gas/consolidate';
import { officeSheets } from '../src/workbook/office/output';
import { officeTemplateSheets } from '../src/workbook/office/template';
import { collectFile, listFiles } from '../src/node/consolidate';
import { consolidate } from '../src/core/office/consolidate';
import { readOffice } from '../src/workbook/office/read-office';
import { openXlsx, writeXlsxFile } from '../src/node/xlsx/index';
import { FakeProvince, forgetProvinces, simulatedSchool } from '../test/office/province';
import type { ProvinceOptions } from '../test/office/province';
import { MemoryWorkbook } from '../test/workbook/memory-workbook';
import { demoSheets } from '../sheets-templates/demo-school';
import { readSchool } from '../src/workbook/read-school';

const GAS_SCHOOLS = 500;
const STAFF = 60;
const NODE_FILES = 1000;

interface Collected {
  sheets: Record<string, unknown[][]>;
  runs: number;
  seconds: number;
  /** simulated seconds of each run (the menu's, then the triggers') */
  runSeconds: number[];
  /** remote calls made for the schools' files (Drive metadata or folder listing, and the batchGet) */
  schoolCalls: number;
  calls: [string, number][];
  checkpoints: number;
  failed: number;
}

/** One collection, from the menu, then the time-driven trigger until done; `kill`: the nth checkpoint fails. */
function collect(options: ProvinceOptions, kill = 0): Collected {
  const province = new FakeProvince(options).install();
  try {
    if (kill > 0) province.services.calls.failOn('Properties.setProperty', kill, 'Exceeded maximum execution time');
    let failed = 0;
    const menuStart = province.now();
    try {
      collectFromMenu({ now: province.now, budgetMs: RUN_BUDGET_MS });
    } catch (error) {
      if (!(error instanceof Error) || error.message !== 'Exceeded maximum execution time') throw error;
      failed += 1;
    }
    const menuMs = province.now() - menuStart;
    province.runTriggers(RUN_BUDGET_MS);
    // ended before its first checkpoint, nothing was left to continue: the user starts again
    if (failed === 1 && province.scriptApp.triggers.length === 0 && !province.office.sheets.some((s) => s.name === 'Chưa nộp')) {
      collectFromMenu({ now: province.now, budgetMs: RUN_BUDGET_MS });
      province.runTriggers(RUN_BUDGET_MS);
    }
    const calls = province.services.calls;
    return {
      sheets: province.snapshot(),
      runs: 1 + province.triggerRuns,
      seconds: province.now() / 1000,
      runSeconds: [menuMs, ...province.runMs].map((ms) => ms / 1000),
      schoolCalls: calls.of('Drive.Files.get') + calls.of('Drive.Files.list') + province.schoolReads,
      calls: calls.table(),
      checkpoints: calls.of('Properties.setProperty'),
      failed: failed + province.failedRuns.length,
    };
  } finally {
    province.uninstall();
  }
}

function benchAppsScript(lines: string[]): void {
  if (process.env.OFFICE_BENCH === 'node') return;
  const options: ProvinceOptions = { schools: GAS_SCHOOLS, staff: STAFF, readMs: 200, callMs: 100 };
  const started = performance.now();
  const timed = collect({ ...options, timed: true });
  const real = (performance.now() - started) / 1000;
  const total = timed.calls.reduce((n, [, c]) => n + c, 0);
  const remote = timed.calls.filter(([name]) => /^(Drive|Sheets|Properties|ScriptApp)\./.test(name));
  lines.push(
    `Apps Script fake, ${GAS_SCHOOLS} schools × ${STAFF} staff, 200 ms per file read, 100 ms per other remote call, run budget ${RUN_BUDGET_MS / 1000} s:`,
  );
  lines.push(
    `  remote calls for the schools' files: ${(timed.schoolCalls / GAS_SCHOOLS).toFixed(2)} per school; every counted call ${total} (${(total / GAS_SCHOOLS).toFixed(2)} per school); remote: ${remote.map(([k, v]) => `${k} ${v}`).join(', ')}`,
  );
  lines.push(
    `  results written once, atomically: ${timed.calls.find(([k]) => k === 'Sheets.Spreadsheets.batchUpdate')?.[1] ?? 0} batchUpdates of temporary sheets, then the swap`,
  );
  lines.push(
    `  simulated time ${timed.seconds.toFixed(0)} s from the menu to the last write (reads paced to the Sheets quota of 60 a minute), in ${timed.runs} runs of ${timed.runSeconds.map((x) => x.toFixed(0)).join(' + ')} s (${timed.runs - 1} continuations by trigger, each set 7 min after its run's start; the rest is waiting for it); real time ${real.toFixed(1)} s`,
  );
  // Ended at every checkpoint in turn (simulated clock only, so that every run takes the same schools).
  const plain = collect(options);
  let identical = 0;
  const t0 = performance.now();
  for (let kill = 1; kill <= plain.checkpoints; kill++) {
    const killed = collect(options, kill);
    if (killed.failed > 0 && isDeepStrictEqual(killed.sheets, plain.sheets)) identical += 1;
  }
  lines.push(
    `  ended at each of the ${plain.checkpoints} checkpoints in turn: ${identical}/${plain.checkpoints} identical to the uninterrupted run (${((performance.now() - t0) / 1000).toFixed(1)} s); timed run identical too: ${isDeepStrictEqual(timed.sheets, plain.sheets) ? 'yes' : 'NO'}`,
  );
}

function benchNode(lines: string[]): void {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-office-bench-'));
  try {
    const schoolsDir = join(dir, 'truong');
    mkdirSync(schoolsDir);
    const base = readSchool(new MemoryWorkbook(Object.fromEntries(demoSheets().map((s) => [s.name, s.rows])))).data;
    const rows: unknown[][] = [['Mã trường', 'Tên trường', 'Liên kết', 'Email liên hệ']];
    for (let i = 1; i <= NODE_FILES; i++) {
      writeXlsxFile(join(schoolsDir, `truong-${i}.xlsx`), [
        registrationSummary(simulatedSchool(base, i, STAFF), new Date(2026, 0, 5)).sheet,
      ]);
      rows.push([`S${i}`, `Trường Số ${i}`, '', '']);
    }
    const office = join(dir, 'co-quan.xlsx');
    const sheets = officeTemplateSheets().map((s) => (s.name === 'Trường' ? { ...s, rows: rows as OutputSheet['rows'] } : s));
    writeXlsxFile(office, sheets);
    if (global.gc) global.gc();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const t0 = performance.now();
    const files = listFiles([schoolsDir], office);
    const collected = files.map(collectFile);
    const t1 = performance.now();
    const inputs = readOffice(openXlsx(office));
    const result = consolidate(inputs.config, inputs.schools, collected, inputs.lastYear);
    const out = officeSheets(result);
    const t2 = performance.now();
    const wb = openXlsx(office);
    wb.write(out);
    wb.saveAs(join(dir, 'co-quan-ra.xlsx'));
    const seconds = (performance.now() - t0) / 1000;
    const phases = `reading the files ${((t1 - t0) / 1000).toFixed(2)} s, consolidation ${((t2 - t1) / 1000).toFixed(2)} s, writing ${((performance.now() - t2) / 1000).toFixed(2)} s`;
    peak = Math.max(peak, process.memoryUsage().rss);
    clearInterval(sample);
    const entries = result.received.reduce((a, r) => a + r.report.entries.length, 0);
    lines.push(
      `Node, ${NODE_FILES} school files × ${STAFF} staff (${entries} registrants): ${seconds.toFixed(2)} s (goal ≤ 10 s), peak RSS ${(peak / 2 ** 20).toFixed(0)} MB (goal ≤ 500 MB; ${(rssBefore / 2 ** 20).toFixed(0)} MB before); ${phases}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function benchOffice(): Promise<BenchResult> {
  const lines: string[] = [];
  // Node first: its memory figure is the process's peak RSS, which the fake province would inflate
  benchNode(lines);
  if (global.gc) global.gc();
  benchAppsScript(lines);
  forgetProvinces();
  return Promise.resolve({ lines });
}
