// Building blocks of the in-memory Apps Script fake: a call counter, and a base class that gives a fake the full
// type of an Apps Script interface while throwing a clear error for any method the fake does not implement.

/** Counts every service call the code under test makes, by `Type.method`. */
export class CallCounter {
  total = 0;
  readonly byName = new Map<string, number>();
  /** throw from the nth call (1-based, counted from now) whose name matches; for failure-injection tests */
  private failures: { name: string; remaining: number; error: string }[] = [];
  /** throw at this value of `total`, whatever the call (faults test: every k-th service call) */
  private failAtTotal: number | null = null;
  /** called on every counted call before any injected failure (e.g. to advance a simulated clock by a latency) */
  onCall: ((name: string) => void) | null = null;

  count(name: string): void {
    this.total += 1;
    this.byName.set(name, (this.byName.get(name) ?? 0) + 1);
    this.onCall?.(name);
    if (this.failAtTotal === this.total) {
      this.failAtTotal = null;
      throw new Error(`Service error (injected) at call ${this.total}: ${name}`);
    }
    const failure = this.failures.find((f) => f.name === name);
    if (failure) {
      failure.remaining -= 1;
      if (failure.remaining === 0) {
        this.failures = this.failures.filter((f) => f !== failure);
        throw new Error(failure.error);
      }
    }
  }

  of(name: string): number {
    return this.byName.get(name) ?? 0;
  }

  reset(): void {
    this.total = 0;
    this.byName.clear();
  }

  /** Make the kth next service call throw, whatever it is (counted from now: call reset() first). */
  failAtCall(k: number): void {
    this.failAtTotal = this.total + k;
  }

  /** Make the nth next call named `name` throw (simulates a quota or network failure mid-way); one per name. */
  failOn(name: string, nth = 1, error = `Service error (injected) on ${name}`): void {
    this.failures = [...this.failures.filter((f) => f.name !== name), { name, remaining: nth, error }];
  }

  /** counts sorted by name, for reports */
  table(): [string, number][] {
    return [...this.byName.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  }
}

// Property names that generic code (jest's pretty-printer, Promise resolution, JSON) probes on any object;
// for these the fake answers `undefined` instead of an "unimplemented" function.
const PROBED = new Set(['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', 'constructor', 'inspect']);

/**
 * `class FakeSheet extends unimplemented<GoogleAppsScript.Spreadsheet.Sheet>('Sheet') implements …Sheet` gives
 * the fake the whole interface: methods the fake overrides are type-checked against the real signatures, and any
 * other method throws "not implemented by the fake" when called, so a code path the fake does not cover fails loudly.
 */
export function unimplemented<T extends object>(typeName: string): new () => T {
  class Unimplemented {
    constructor() {
      return new Proxy(this, {
        get(target, prop, receiver) {
          if (typeof prop === 'symbol' || prop in target) return Reflect.get(target, prop, receiver);
          if (PROBED.has(prop)) return undefined;
          return () => {
            throw new Error(`${typeName}.${prop}() is not implemented by the Apps Script fake`);
          };
        },
      });
    }
  }
  return Unimplemented as unknown as new () => T;
}
