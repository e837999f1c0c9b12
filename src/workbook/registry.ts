// The codes of a sheet as read: accepted ones, and ones that were on the sheet but rejected (already reported),
// so that references to them are not reported a second time.
import { key } from '../core/codes';
import type { CellRef } from '../core/model';
import { CodeSet } from './table';
import type { ProblemLog } from './table';

export class Registry<T> {
  readonly codes = new CodeSet<T>();
  private readonly rejectedKeys = new Set<string>();
  /** the sheet was missing or unreadable: references cannot be checked */
  unreadable = false;

  reject(code: string): void {
    if (code !== '') this.rejectedKeys.add(key(code));
  }

  get(code: string): T | undefined {
    return this.codes.get(code);
  }

  /** Whether a reference to `code` should be reported as unknown. */
  unknown(code: string): boolean {
    return !this.unreadable && !this.codes.has(code) && !this.rejectedKeys.has(key(code));
  }

  add(code: string, item: T, row: number, where: CellRef, header: string, log: ProblemLog): boolean {
    return this.codes.add(code, item, row, where, header, log);
  }

  values(): T[] {
    return this.codes.values();
  }
}
