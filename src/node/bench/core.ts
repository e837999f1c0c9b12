// Benchmark of the scoring and award engine: tallyPhase on synthetic phases of growing size (warm-up, then the
// median of several runs), beside a bare loop summing every mark, the floor any tally must pay.
import { synthesize } from '../../core/synthetic';
import { tallyPhase } from '../../core/tally';
import type { SchoolData } from '../../core/model';
import type { BenchResult } from './section';

// Every doubling from 1 000 up, so that each ratio below is measured over one doubling, not averaged over two.
const SIZES = [100, 500, 1000, 2000, 4000, 8000];
const MEMBERS = 15;
const CRITERIA = 30;
const GOAL_MS = 100;
const GOAL_SIZE = 2000;
const GOAL_RATIO = 2.2;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timeMedian(run: () => void, warmups: number, runs: number): number {
  for (let i = 0; i < warmups; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The floor: one pass over every mark of every card, summing the non-blank ones. */
function markLoop(data: SchoolData): number {
  let total = 0;
  for (const card of data.cards) {
    const values = card.values;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === v) total += v;
    }
  }
  return total;
}

function marksOf(data: SchoolData): number {
  return data.cards.filter((c) => c.kind === 'staff').reduce((acc, c) => acc + c.values.length, 0);
}

const fmt = (x: number, digits = 1): string => x.toFixed(digits);

export async function benchCore(): Promise<BenchResult> {
  const lines = [`core: tallyPhase on synthetic phases (${MEMBERS} council members × ${CRITERIA} criteria; median of runs after warm-up)`];
  lines.push('  staff    marks      tally ms   marks/s      loop ms   ratio/doubling');
  const results: { size: number; ms: number }[] = [];
  let sink = 0;
  for (const size of SIZES) {
    const data = synthesize({ staff: size, members: MEMBERS, criteria: CRITERIA, seed: 42 });
    // Start each size from a collected heap when `node --expose-gc` allows it: the previous size's garbage is not its cost.
    (globalThis as { gc?: () => void }).gc?.();
    const runs = size >= 8000 ? 7 : 9;
    const ms = timeMedian(() => void tallyPhase(data, 'D1'), 3, runs);
    const loopMs = timeMedian(
      () => {
        sink += markLoop(data);
      },
      3,
      runs,
    );
    const marks = marksOf(data);
    const previous = results[results.length - 1];
    const ratio = previous === undefined ? '' : fmt(Math.pow(ms / previous.ms, 1 / Math.log2(size / previous.size)), 2);
    results.push({ size, ms });
    lines.push(
      `  ${String(size).padStart(5)}  ${String(marks).padStart(9)}  ${fmt(ms).padStart(9)}  ${(marks / (ms / 1000)).toExponential(2).padStart(9)}` +
        `  ${fmt(loopMs, 2).padStart(9)}   ${ratio}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const goal = results.find((r) => r.size === GOAL_SIZE);
  const ratios = results.slice(1).map((r, i) => Math.pow(r.ms / results[i].ms, 1 / Math.log2(r.size / results[i].size)));
  const worst = Math.max(...ratios);
  lines.push(
    `  goal: ${GOAL_SIZE} staff ≤ ${GOAL_MS} ms — ${goal === undefined ? '?' : `${fmt(goal.ms)} ms ${goal.ms <= GOAL_MS ? 'ok' : 'MISSED'}`}; ` +
      `≤ ${GOAL_RATIO}× per doubling — worst ${fmt(worst, 2)}× ${worst <= GOAL_RATIO ? 'ok' : 'MISSED'}`,
  );
  if (sink === -1) lines.push('');
  return { lines, json: { staff: results.map((r) => r.size), ms: results.map((r) => Number(r.ms.toFixed(2))) } };
}
