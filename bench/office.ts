// The receiving office's consolidation (issue 16). Apps Script: 500 simulated schools × 60 staff through the
// simulated host (200 ms per school file read, 100 ms per other service call, plus the real processing time),
// with Apps Script's run budget: calls per school, simulated time, continuations; then the same collection killed
// at every checkpoint in turn must give the identical output. Node: 1 000 school .xlsx files → the office
// workbook, time and memory.
import type { BenchResult } from '../src/node/bench/section';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { registrationSummary } from '../src/documents/summary';
import type { OutputSheet } from '../src/documents/output';
import { continueCollection, RUN_BUDGET_MS, startCollection } from '../src/gas/consolidate';
import type { RunOutcome } from '../src/gas/consolidate';
import { officeSheets } from '../src/workbook/office/output';
import { officeTemplateSheets } from '../src/workbook/office/template';
import { collectFile, listFiles } from '../src/node/consolidate';
import { consolidate } from '../src/core/office/consolidate';
import { readOffice } from '../src/workbook/office/read-office';
import { openXlsx, writeXlsxFile } from '../src/node/xlsx/index';
import { forgetProvinces, SimHost, simulatedSchool } from '../test/office/gas-host';
import { MemoryWorkbook } from '../test/workbook/memory-workbook';
import { demoSheets } from '../sheets-templates/demo-school';
import { readSchool } from '../src/workbook/read-school';

const GAS_SCHOOLS = 500;
const STAFF = 60;
const NODE_FILES = 1000;

/** A host whose clock also counts the real processing time (Apps Script's limit is wall time). */
class TimedHost extends SimHost {
  private readonly start = performance.now();
  override now(): number {
    return this.clock + (performance.now() - this.start);
  }
}

function collect(host: SimHost, budget: number): { outcome: RunOutcome; continuations: number; runs: number[] } {
  const runs: number[] = [];
  let before = host.now();
  let outcome = startCollection(host, budget);
  runs.push(host.now() - before);
  let continuations = 0;
  while (outcome.status === 'continuing') {
    continuations += 1;
    before = host.now();
    outcome = continueCollection(host, budget);
    runs.push(host.now() - before);
  }
  return { outcome, continuations, runs };
}

function lastWrite(host: SimHost): OutputSheet[] {
  return host.officeBook.writes[host.officeBook.writes.length - 1] ?? [];
}

function benchAppsScript(lines: string[]): void {
  if (process.env.OFFICE_BENCH === 'node') return;
  const options = { schools: GAS_SCHOOLS, staff: STAFF, readMs: 200, callMs: 100 };
  const host = new TimedHost(options);
  const { continuations, runs } = collect(host, RUN_BUDGET_MS);
  const calls = host.totalCalls();
  lines.push(
    `Apps Script, ${GAS_SCHOOLS} schools × ${STAFF} staff, 200 ms per file read, 100 ms per other call, run budget ${RUN_BUDGET_MS / 1000} s:`,
  );
  lines.push(
    `  service calls: ${calls} (${(calls / GAS_SCHOOLS).toFixed(2)} per school: ${[...host.calls].map(([k, v]) => `${k} ${v}`).join(', ')})`,
  );
  lines.push(
    `  simulated time ${(host.now() / 1000).toFixed(1)} s in ${runs.length} runs (${continuations} continuations by trigger); longest run ${(Math.max(...runs) / 1000).toFixed(1)} s`,
  );
  const reference = lastWrite(host);
  // Paced to the Sheets API's 60 reads per minute per user: a school a second.
  const paced = new SimHost({ ...options, readMs: 900 });
  const pacedRun = collect(paced, RUN_BUDGET_MS);
  lines.push(
    `  paced to 60 reads/min: simulated work ${(paced.now() / 1000).toFixed(0)} s in ${pacedRun.runs.length} runs (${pacedRun.continuations} continuations; an add-on's time-driven trigger fires at most hourly)`,
  );

  // Killed at every checkpoint in turn (simulated clock only, so that every run takes the same schools).
  const plain = new SimHost(options);
  collect(plain, RUN_BUDGET_MS);
  const checkpoints = plain.checkpoints;
  let identical = 0;
  const started = performance.now();
  for (let kill = 2; kill <= checkpoints; kill++) {
    const killed = new SimHost(options);
    killed.killAt = kill;
    try {
      collect(killed, RUN_BUDGET_MS);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('killed')) throw error;
    }
    let again = continueCollection(killed, RUN_BUDGET_MS);
    while (again.status === 'continuing') again = continueCollection(killed, RUN_BUDGET_MS);
    if (isDeepStrictEqual(lastWrite(killed), lastWrite(plain))) identical += 1;
  }
  const sameAsTimed = isDeepStrictEqual(reference, lastWrite(plain));
  lines.push(
    `  killed at each of the ${checkpoints - 1} checkpoints in turn: ${identical}/${checkpoints - 1} identical to the uninterrupted run (${((performance.now() - started) / 1000).toFixed(1)} s); timed run identical too: ${sameAsTimed ? 'yes' : 'NO'}`,
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
  benchAppsScript(lines);
  forgetProvinces();
  if (global.gc) global.gc();
  benchNode(lines);
  return Promise.resolve({ lines });
}
