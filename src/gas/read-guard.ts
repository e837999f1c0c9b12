// Reading a workbook in Apps Script, where a read can fail for reasons that have nothing to do with the data (a
// time-out, a quota): readSchool reports a sheet it cannot read as a problem and goes on, which is right for a
// damaged .xlsx but would let an action go on from incomplete inputs here. The guard remembers the first read that
// threw, and the action refuses to write anything from what was read.
import type { OutputSheet, SheetData, Workbook } from '../workbook/port';
import { MSG } from './messages';
import { UserError } from './services';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class ReadGuard implements Workbook {
  private failure: { sheet: string; detail: string } | null = null;

  constructor(
    private readonly wb: Workbook,
    /** run before every write (the time budget): throws to refuse it */
    private readonly beforeWrite: (outputs: OutputSheet[]) => void = () => undefined,
    /** the message for a failed read: what was not done, and what to do */
    private readonly refusal: (sheet: string, detail: string) => string = MSG.readFailed,
  ) {}

  private guard<T>(sheet: string, read: () => T): T {
    try {
      return read();
    } catch (error) {
      this.failure ??= { sheet, detail: errorText(error) };
      throw error;
    }
  }

  sheetNames(): string[] {
    return this.guard('', () => this.wb.sheetNames());
  }

  read(name: string, options?: { formats?: boolean }): SheetData | null {
    return this.guard(name, () => this.wb.read(name, options));
  }

  /** Throws when a read failed: what was read is not the workbook. */
  refuseIfAReadFailed(): void {
    if (this.failure) throw new UserError(this.refusal(this.failure.sheet, this.failure.detail));
  }

  write(outputs: OutputSheet[]): void {
    this.refuseIfAReadFailed();
    this.beforeWrite(outputs);
    this.wb.write(outputs);
  }
}
