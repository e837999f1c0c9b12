// Helpers of the fault sweeps (issue 12): what a spreadsheet holds, in a form two runs can be compared by, and the
// names of the service calls an action makes.
import { FakeDataValidation, FakeRange, FakeServices, FakeSheet, FakeSpreadsheet } from './fake';
import { MSG } from '../../src/gas/messages';

/** Everything an action may change in a sheet, but its id: values, cells' notes, formats, styles and rules, sizes, protections. */
export function sheetState(sheet: FakeSheet): unknown {
  const cells: string[] = [];
  sheet.forEachCell((cell) => {
    cells.push(JSON.stringify([cell.value, cell.formula, cell.format, cell.note, cell.style, rule(cell.validation)]));
  });
  return {
    name: sheet.name,
    values: sheet.values(),
    cells,
    maxRows: sheet.maxRows,
    maxCols: sheet.maxCols,
    frozen: [sheet.frozenRows, sheet.frozenCols],
    widths: [...sheet.widths].sort((a, b) => a[0] - b[0]),
    merges: [...sheet.merges].sort(),
    protections: sheet.protections
      .filter((p) => !p.removed)
      .map((p) => ({
        type: p.type,
        range: p.range?.a1() ?? null,
        description: p.description,
        editors: [...p.editors].sort(),
        domainEdit: p.domainEdit,
      })),
  };
}

function rule(validation: FakeDataValidation | null): string {
  if (!validation) return '';
  const args = validation.args.map((arg) => (arg instanceof FakeRange ? `${arg.sheet.name}!${arg.a1()}` : arg));
  return `${String(validation.criteria)} ${JSON.stringify(args)} ${String(validation.allowInvalid)}`;
}

/** The state of every sheet whose name passes `keep`, by name (the order of the tabs is not compared). */
export function spreadsheetState(ss: FakeSpreadsheet, keep: (name: string) => boolean = () => true): [string, unknown][] {
  return ss.sheets
    .filter((s) => keep(s.name))
    .map((s): [string, unknown] => [s.name, sheetState(s)])
    .sort((a, b) => a[0].localeCompare(b[0]));
}

export const isTemporary = (name: string): boolean => name.startsWith('~');
export const temporarySheets = (ss: FakeSpreadsheet): string[] => ss.sheets.map((s) => s.name).filter(isTemporary);

/** The rows of `Nhật ký` under its header ([] when there is no log). */
export function logRows(ss: FakeSpreadsheet): unknown[][] {
  const log = ss.sheets.find((s) => s.name === 'Nhật ký');
  return log ? log.values().slice(1) : [];
}

export const FAILURE_COLUMN = MSG.log.headers.indexOf('Sự cố');

/** The names of the service calls `run` makes, in order. */
export function callNames(services: FakeServices, run: () => void): string[] {
  const names: string[] = [];
  const counter = services.calls;
  const count = counter.count.bind(counter);
  counter.count = (name: string) => {
    names.push(name);
    count(name);
  };
  try {
    run();
  } finally {
    counter.count = count;
  }
  return names;
}

/**
 * The k of a sweep over `calls` calls: every k when SWEEP=full (or when there are at most `max`), else every
 * s-th k (s chosen to give about `max`) and every k of the last `tail` calls (the log line, the lock), so that a CI run
 * stays short. The full sweep is run by `SWEEP=full npx jest test/gas/faults`.
 */
export function sweepKs(calls: number, max = 120, tail = 25): number[] {
  const all = Array.from({ length: calls }, (_, i) => i + 1);
  if (process.env.SWEEP === 'full' || calls <= max) return all;
  const step = Math.ceil(calls / max);
  return all.filter((k) => k % step === 1 || k > calls - tail);
}

/** Runs `run` with a throw at service call k; the error it threw, or null. */
export function failingAt(services: FakeServices, k: number, run: () => void): Error | null {
  services.calls.reset();
  services.calls.failAtCall(k);
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    return error;
  } finally {
    services.calls.failAtCall(Number.POSITIVE_INFINITY); // a k past the end of the run never fires later
  }
}
