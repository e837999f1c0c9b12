// A simulated province for the Apps Script consolidation, on the project's Apps Script fake (test/gas/fake): the
// office spreadsheet (`Cấu hình`, `Trường`) as the active spreadsheet, one spreadsheet per school holding its exported
// `Tổng hợp đăng ký` (reachable through the Sheets advanced service and listed in the Drive fake, some in a Drive
// folder), and the services the collection uses installed as globals: SpreadsheetApp, Sheets, Drive,
// PropertiesService, ScriptApp, LockService, Utilities. A simulated clock advances by a latency per service call
// (200 ms per school file read by default). Shared by test/gas/consolidate-*.test.ts and the bench (bench/office.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SchoolData } from '../../src/core/model';
import { registrationSummary } from '../../src/documents/summary';
import { continueFromTrigger } from '../../src/gas/consolidate';
import { readSchool } from '../../src/workbook/read-school';
import { demoSheets } from '../../sheets-templates/demo-school';
import { MemoryWorkbook } from '../workbook/memory-workbook';
import {
  createFakeServices,
  FakeDrive,
  FakeScriptApp,
  FakeServices,
  FakeSpreadsheet,
  FOLDER_MIME,
  installFakeGlobals,
  SPREADSHEET_MIME,
} from '../gas/fake';

export interface ProvinceOptions {
  schools: number;
  staff: number;
  /** ms per school file read (Sheets.Spreadsheets.Values.batchGet) */
  readMs?: number;
  /** ms per other remote call (Drive, Sheets get/batchUpdate, SpreadsheetApp reads and writes, properties) */
  callMs?: number;
  /** schools (1-based) whose link names no readable file */
  missing?: number[];
  /** schools (1-based) whose link is a Drive folder holding their file (and an older one) */
  folders?: number[];
  /** the script's OAuth scopes; by default those of appsscript.json */
  scopes?: string[];
  /** the clock also counts the real processing time (Apps Script's limit is wall time); for the bench */
  timed?: boolean;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];

export function manifestScopes(): string[] {
  // from test/office (jest) or build/ (the bundled bench, run from the repository's root)
  const path = [join(__dirname, '../../appsscript.json'), join(process.cwd(), 'appsscript.json')].find((p) => existsSync(p));
  if (!path) throw new Error('appsscript.json not found');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { oauthScopes: string[] };
  return manifest.oauthScopes;
}

let demo: SchoolData | null = null;
function demoData(): SchoolData {
  demo ??= readSchool(new MemoryWorkbook(Object.fromEntries(demoSheets().map((s) => [s.name, s.rows])))).data;
  return demo;
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

/** Summaries by school count and staff: the same simulated schools are made once per process. */
const summaries = new Map<string, unknown[][][]>();

function schoolSummaries(schools: number, staff: number): unknown[][][] {
  const id = `${schools}|${staff}`;
  const known = summaries.get(id);
  if (known) return known;
  const made: unknown[][][] = [];
  for (let i = 1; i <= schools; i++)
    made.push(registrationSummary(simulatedSchool(demoData(), i, staff), new Date(2026, 0, 5)).sheet.rows as unknown[][]);
  summaries.set(id, made);
  return made;
}

/** Frees the simulated summaries (the bench's Node part measures its own memory). */
export function forgetProvinces(): void {
  summaries.clear();
}

export const schoolFileId = (i: number): string => `school${String(i).padStart(6, '0')}abcdef`;
const folderId = (i: number): string => `folder${String(i).padStart(6, '0')}abcdef`;

/** Latency of a counted call, ms. */
function latency(name: string, readMs: number, callMs: number): number {
  if (name === 'Sheets.Spreadsheets.Values.batchGet') return readMs;
  if (/^(Drive\.|Sheets\.|Properties\.(set|delete)|Range\.(setValues|getValues)|Spreadsheet\.(insertSheet|deleteSheet))/.test(name))
    return callMs;
  return 0;
}

export class FakeProvince {
  readonly services: FakeServices;
  readonly drive: FakeDrive;
  readonly scriptApp: FakeScriptApp;
  readonly office: FakeSpreadsheet;
  /** Values.batchGet calls on the schools' files (the office's own reads left out) */
  schoolReads = 0;
  /** the time-driven runs made so far */
  triggerRuns = 0;
  /** simulated duration of each trigger run, ms */
  readonly runMs: number[] = [];
  /** failures of trigger runs (as Apps Script logs them) */
  readonly failedRuns: string[] = [];
  private restore: (() => void) | null = null;

  constructor(readonly options: ProvinceOptions) {
    this.services = createFakeServices({ sheetsApi: true, activeUserEmail: 'vanthu@ubnd.gov.vn', ownerEmail: 'vanthu@ubnd.gov.vn' });
    const clock = this.services.clock;
    const readMs = options.readMs ?? 200;
    const callMs = options.callMs ?? 100;
    this.services.calls.onCall = (name) => (clock.ms += latency(name, readMs, callMs));
    const values = this.services.Sheets?.Spreadsheets.Values;
    if (!values) throw new Error('the fake has no Sheets service');
    const batchGet = values.batchGet.bind(values);
    values.batchGet = (id: string, args?: object) => {
      if (id !== this.services.spreadsheet.id) this.schoolReads += 1;
      return batchGet(id, args);
    };
    this.drive = new FakeDrive(this.services.env, options.scopes ?? manifestScopes());
    this.scriptApp = new FakeScriptApp(this.services.env, clock, options.scopes ?? manifestScopes());
    this.office = this.services.spreadsheet;
    const rows: unknown[][] = [['Mã trường', 'Tên trường', 'Liên kết', 'Email liên hệ']];
    const all = schoolSummaries(options.schools, options.staff);
    for (let i = 1; i <= options.schools; i++) {
      const id = schoolFileId(i);
      const folder = options.folders?.includes(i);
      const link = folder
        ? `https://drive.google.com/drive/folders/${folderId(i)}?usp=sharing`
        : `https://docs.google.com/spreadsheets/d/${id}/edit`;
      rows.push([`S${i}`, `Trường Số ${i}`, link, '']);
      if (folder) {
        this.drive.add({
          id: folderId(i),
          name: `Hồ sơ S${i}`,
          mimeType: FOLDER_MIME,
          parents: [],
          modifiedTime: '2026-01-01T00:00:00.000Z',
        });
        // an older, unrelated spreadsheet in the same folder: the newest one holding the summary is taken
        this.drive.add({
          id: `${id}old`,
          name: `Danh sách cũ S${i}`,
          mimeType: SPREADSHEET_MIME,
          parents: [folderId(i)],
          modifiedTime: '2025-06-01T00:00:00.000Z',
        });
      }
      if (options.missing?.includes(i)) continue;
      const ss = new FakeSpreadsheet(this.services.env, id, `Tổng hợp đăng ký - Trường Số ${i}`);
      ss.addSheet('Tổng hợp đăng ký', all[i - 1]);
      this.services.Sheets?.Spreadsheets.addSpreadsheet(ss);
      this.drive.add({
        id,
        name: ss.name,
        mimeType: SPREADSHEET_MIME,
        parents: folder ? [folderId(i)] : [],
        modifiedTime: '2026-01-05T01:00:00.000Z',
      });
    }
    this.office.addSheet('Cấu hình', [
      ['Tham số', 'Giá trị'],
      ['Tên cơ quan', 'UBND phường An Phú'],
      ['Năm học', '2025-2026'],
      ['Tỉ lệ tối đa: Chiến sĩ thi đua cơ sở', '30%'],
    ]);
    this.office.addSheet('Trường', rows);
  }

  private readonly started = performance.now();
  now = (): number => this.services.clock.ms + (this.options.timed ? performance.now() - this.started : 0);

  /** Put the services where the code under test looks for them; `uninstall()` puts the previous globals back. */
  install(): this {
    const undo = installFakeGlobals(this.services);
    const target = globalThis as Record<string, unknown>;
    const previous = ['Drive', 'ScriptApp'].map((name) => [name, Object.getOwnPropertyDescriptor(target, name)] as const);
    target.Drive = this.drive;
    target.ScriptApp = this.scriptApp;
    this.restore = () => {
      for (const [name, descriptor] of previous) {
        if (descriptor) Object.defineProperty(target, name, descriptor);
        else delete target[name];
      }
      undo();
    };
    return this;
  }

  uninstall(): void {
    this.restore?.();
    this.restore = null;
  }

  /**
   * Apps Script's scheduler: run every trigger when it is due (the clock moves to its time), until none is waiting.
   * A run that throws is logged, as Apps Script does, and the next due trigger runs.
   */
  runTriggers(budgetMs?: number, limit = 1000): void {
    for (let trigger = this.scriptApp.due(); trigger; trigger = this.scriptApp.due()) {
      if (this.triggerRuns >= limit) throw new Error(`more than ${limit} trigger runs`);
      this.services.clock.ms = Math.max(this.services.clock.ms, trigger.dueAt);
      trigger.fired = true;
      this.triggerRuns += 1;
      const started = this.now();
      try {
        continueFromTrigger({ now: this.now, budgetMs });
      } catch (error) {
        this.failedRuns.push(error instanceof Error ? error.message : String(error));
      }
      this.runMs.push(this.now() - started);
    }
  }

  /** The sheets the office spreadsheet holds now, by name, as values (the test's view of the result). */
  snapshot(): Record<string, unknown[][]> {
    return Object.fromEntries(this.office.sheets.map((s) => [s.name, s.values()]));
  }
}
