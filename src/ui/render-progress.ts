// The steps of a tally (reading / computing / writing), each with its state in words and a symbol. A step that
// went through on data with errors is `flagged` (amber ⚠, never ✓); one waiting for the user's word is `stopped`.
import { esc } from './format';
import { M } from './messages';

export type StepState = 'waiting' | 'running' | 'done' | 'failed' | 'skipped' | 'flagged' | 'stopped';

export interface TallyProgress {
  read: StepState;
  compute: StepState;
  write: StepState;
  readNote?: string;
  computeNote?: string;
  /** shown under the write step, e.g. the result sheet's name */
  writeNote?: string;
}

const SYMBOL: Record<StepState, string> = {
  waiting: '○',
  running: '◐',
  done: '✓',
  failed: '✗',
  skipped: '–',
  flagged: '⚠',
  stopped: '■',
};
const WORD: Record<StepState, string> = {
  waiting: M.stateWaiting,
  running: M.stateRunning,
  done: M.stateDone,
  failed: M.stateFailed,
  skipped: M.stateSkipped,
  flagged: M.stateFlagged,
  stopped: M.stateStopped,
};

function step(label: string, state: StepState, note = ''): string {
  return (
    `<li class="progress__step progress__step--${state}" data-state="${state}"${state === 'running' ? ' aria-current="step"' : ''}>` +
    `<span class="progress__symbol" aria-hidden="true">${SYMBOL[state]}</span>` +
    `<span class="progress__label">${esc(label)}</span> <span class="progress__state">(${esc(WORD[state])})</span>` +
    (note ? `<span class="progress__note">${esc(note)}</span>` : '') +
    `</li>`
  );
}

export function renderProgress(p: TallyProgress): string {
  return (
    step(M.progressRead, p.read, p.readNote) +
    step(M.progressCompute, p.compute, p.computeNote) +
    step(M.progressWrite, p.write, p.writeNote)
  );
}
