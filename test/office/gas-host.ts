// A simulated OfficeHost for the Apps Script consolidation: a clock advanced by each service call (200 ms per
// school file read by default), calls counted by service, document properties and the staging sheet in memory,
// and an optional kill at the n-th checkpoint (after the staging append, before the cursor is saved: the worst
// place to die). Shared by test/office/gas-consolidate.test.ts and the bench (src/node/bench/office.ts).
import type { SchoolData } from '../../src/core/model';
import { registrationSummary } from '../../src/documents/summary';
import type { Fetched, OfficeHost } from '../../src/gas/consolidate';
import { QuotaPause, RUN_PROPERTY } from '../../src/gas/consolidate';
import { readSchool } from '../../src/workbook/read-school';
import { demoSheets } from '../../sheets-templates/demo-school';
import { MemoryWorkbook } from '../workbook/memory-workbook';

export interface SimOptions {
  schools: number;
  staff: number;
  /** ms per file read (batchGet) */
  readMs?: number;
  /** ms per Drive metadata call, property write, staging append */
  callMs?: number;
  /** schools (1-based) without a link to a readable file */
  missing?: number[];
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];

function demo(): SchoolData {
  return readSchool(new MemoryWorkbook(Object.fromEntries(demoSheets().map((s) => [s.name, s.rows])))).data;
}

/** The demo school grown to `staff` people (clones registered like the originals), renamed as school i. */
export function simulatedSchool(base: SchoolData, i: number, staff: number): SchoolData {
  const data = structuredClone(base);
  const original = data.staff.length;
  for (let n = original; n < staff; n++) {
    const from = data.staff[n % original];
    const id = `CBX${n}`;
    data.staff.push({ ...from, id, row: 1000 + n });
    for (const r of base.registrations.filter((reg) => reg.id === from.id)) data.registrations.push({ ...r, id, row: 1000 + n });
  }
  data.staff = data.staff.slice(0, staff);
  data.config.schoolCode = `S${i}`;
  data.config.schoolName = `Trường Số ${i}`;
  data.staff.forEach((s, j) => {
    s.name = `${FAMILY[(i + j) % FAMILY.length]} ${s.name.split(' ').slice(1).join(' ')} ${j}`;
    s.birthDate = `${1960 + (i % 40)}-${String((j % 12) + 1).padStart(2, '0')}-${String((j % 28) + 1).padStart(2, '0')}`;
  });
  return data;
}

/** A sheet's values as the Sheets API's batchGet returns them: display text, trailing blanks cut. */
function displayed(rows: unknown[][]): unknown[][] {
  return rows.map((row) => {
    const cells = row.map((v) => (v === null || v === undefined ? '' : String(v)));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
}

/** Schools' summaries by options: the same simulated province is made once per process. */
const provinces = new Map<string, { rows: unknown[][]; files: Map<string, unknown[][]> }>();

function province(options: SimOptions): { rows: unknown[][]; files: Map<string, unknown[][]> } {
  const id = `${options.schools}|${options.staff}|${(options.missing ?? []).join(',')}`;
  const known = provinces.get(id);
  if (known) return known;
  const base = demo();
  const rows: unknown[][] = [['Mã trường', 'Tên trường', 'Liên kết', 'Email liên hệ']];
  const files = new Map<string, unknown[][]>();
  for (let i = 1; i <= options.schools; i++) {
    const link = `https://docs.google.com/spreadsheets/d/school${String(i).padStart(6, '0')}abcdef/edit`;
    rows.push([`S${i}`, `Trường Số ${i}`, link, '']);
    if (options.missing?.includes(i)) continue;
    files.set(link, displayed(registrationSummary(simulatedSchool(base, i, options.staff), new Date(2026, 0, 5)).sheet.rows));
  }
  const made = { rows, files };
  provinces.set(id, made);
  return made;
}

/** Frees the simulated provinces (the bench's Node part measures its own memory). */
export function forgetProvinces(): void {
  provinces.clear();
}

export class SimHost implements OfficeHost {
  clock = 0;
  readonly calls = new Map<string, number>();
  readonly props = new Map<string, string>();
  stageRows: string[][] = [];
  scheduled = 0;
  triggerLive = false;
  checkpoints = 0;
  killAt: number | null = null;
  /** fetches (1-based) that meet a spent quota */
  readonly quotaAt = new Set<number>();
  private fetches = 0;
  readonly officeBook: MemoryWorkbook;
  private readonly files: Map<string, unknown[][]>;
  private readonly readMs: number;
  private readonly callMs: number;

  constructor(options: SimOptions) {
    this.readMs = options.readMs ?? 200;
    this.callMs = options.callMs ?? 100;
    const { rows, files } = province(options);
    this.files = files;
    this.officeBook = new MemoryWorkbook({
      'Cấu hình': [
        ['Tham số', 'Giá trị'],
        ['Tên cơ quan', 'UBND phường An Phú'],
        ['Năm học', '2025-2026'],
        ['Tỉ lệ tối đa: Chiến sĩ thi đua cơ sở', '30%'],
      ],
      Trường: rows.map((r) => [...r]),
    });
  }

  private call(name: string, ms: number): void {
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
    this.clock += ms;
  }

  totalCalls(): number {
    return [...this.calls.values()].reduce((a, b) => a + b, 0);
  }

  now(): number {
    return this.clock;
  }

  office(): MemoryWorkbook {
    return this.officeBook;
  }

  fetchSchool(link: string): Fetched {
    this.fetches += 1;
    if (this.quotaAt.has(this.fetches)) throw new QuotaPause('Quota exceeded for quota metric Read requests per minute per user');
    this.call('Drive.Files.get', this.callMs);
    const values = this.files.get(link);
    if (!values) return { file: link, error: 'Không mở được tệp của trường (File not found); kiểm tra quyền xem đã chia sẻ cho cơ quan.' };
    this.call('Sheets.Values.batchGet', this.readMs);
    return { file: link.slice(39, 51), modified: '2026-01-05T08:00', values };
  }

  readonly properties = {
    get: (k: string): string | null => this.props.get(k) ?? null,
    set: (k: string, v: string): void => {
      this.call('PropertiesService.setProperty', this.callMs);
      if (k === RUN_PROPERTY) {
        this.checkpoints += 1;
        if (this.killAt === this.checkpoints) throw new Error(`killed at checkpoint ${this.checkpoints}`);
      }
      this.props.set(k, v);
    },
    remove: (k: string): void => {
      this.props.delete(k);
    },
  };

  readonly stage = {
    append: (rows: string[][]): void => {
      this.call('Range.setValues (staging)', this.callMs);
      this.stageRows.push(...rows.map((r) => [...r]));
    },
    read: (): string[][] => {
      this.call('Range.getValues (staging)', this.callMs);
      return this.stageRows.map((r) => [...r]);
    },
    clear: (): void => {
      this.stageRows = [];
    },
  };

  readonly triggers = {
    schedule: (): void => {
      if (this.triggerLive) return;
      this.triggerLive = true;
      this.scheduled += 1;
    },
    cancel: (): void => {
      this.triggerLive = false;
    },
  };
}
