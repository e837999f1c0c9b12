// Benchmark of the council's statistics (issue 15): the sensitivity reruns (one tally of the phase per council
// member, without that member's cards) for 2 000 staff × 15 members, goal ≤ 1 s in Node; and the whole report
// (member statistics, Kendall's W, sensitivity, the normalised rerun) for reference. A section of bench/main.ts.
import type { BenchResult } from './section';
import { phaseFairness } from '../../core/fairness';
import { sensitivity } from '../../core/fairness/sensitivity';
import { synthesize } from '../../core/synthetic';
import { tallyPhase } from '../../core/tally';

const STAFF = 2000;
const MEMBERS = 15;
const CRITERIA = 30;
const GOAL_MS = 1000;

function timeMedian(run: () => void, runs: number): number {
  run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

export function benchFairness(): Promise<BenchResult> {
  const data = synthesize({ staff: STAFF, members: MEMBERS, criteria: CRITERIA });
  const base = tallyPhase(data, 'D1');
  const tallyMs = timeMedian(() => tallyPhase(data, 'D1'), 5);
  let changed = 0;
  const sensitivityMs = timeMedian(() => {
    changed = sensitivity(data, 'D1', base).length;
  }, 3);
  const reportMs = timeMedian(() => phaseFairness(data, 'D1', base), 3);
  const verdict = sensitivityMs <= GOAL_MS ? 'meets' : 'MISSES';
  const lines = [
    `fairness: ${STAFF} staff × ${MEMBERS} members × ${CRITERIA} criteria (median of runs after a warm-up)`,
    `  one tally of the phase:                 ${tallyMs.toFixed(1)} ms`,
    `  sensitivity (${MEMBERS} reruns):              ${sensitivityMs.toFixed(1)} ms — ${verdict} the goal of ≤ ${GOAL_MS} ms; ${changed} members decide an award`,
    `  whole report (stats, W, sensitivity, normalised rerun): ${reportMs.toFixed(1)} ms`,
  ];
  return Promise.resolve({
    lines,
    json: { staff: STAFF, members: MEMBERS, criteria: CRITERIA, tallyMs, sensitivityMs, reportMs },
  });
}
