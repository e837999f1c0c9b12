// School exports for the office's consolidation: variants of the demo school (names, birth years, codes and
// registrations changed per school), each exported as its `Tổng hợp đăng ký` .xlsx, plus an office workbook.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SchoolData } from '../../src/core/model';
import { registrationSummary } from '../../src/documents/summary';
import type { CellValue, OutputSheet } from '../../src/documents/output';
import { openXlsx, writeXlsxFile } from '../../src/node/xlsx/index';
import { readSchool } from '../../src/workbook/read-school';
import { officeTemplateSheets } from '../../src/workbook/office/template';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
export const TODAY = new Date(2026, 0, 5);

let demo: SchoolData | null = null;
export function demoData(): SchoolData {
  demo ??= readSchool(openXlsx(join(__dirname, '../../sheets-templates/demo.xlsx'))).data;
  return structuredClone(demo);
}

/** School i (1-based): its own code, name, family names, birth years (1960 + i) and a share of the registrations. */
export function schoolVariant(i: number, year = '2025-2026'): SchoolData {
  const data = demoData();
  data.config.schoolCode = `TH${String(i).padStart(3, '0')}`;
  data.config.schoolName = `Trường Tiểu học Số ${i}`;
  data.config.schoolYear = year;
  data.staff.forEach((s, j) => {
    const words = s.name.split(' ');
    words[0] = FAMILY[(i + j) % FAMILY.length];
    s.name = words.join(' ');
    if (s.birthDate !== '') s.birthDate = `${1960 + (i % 40)}${s.birthDate.slice(4)}`;
  });
  // every school leaves out a different seventh of its registrations
  data.registrations = data.registrations.filter((r) => r.row % 7 !== i % 7);
  return data;
}

export function exportSchool(dir: string, file: string, data: SchoolData): OutputSheet {
  const { sheet } = registrationSummary(data, TODAY);
  writeXlsxFile(join(dir, file), [sheet]);
  return sheet;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'thidua-office-'));
}

export interface OfficeOptions {
  year?: string;
  deadline?: string;
  caps?: [string, string][];
  schools: { code: string; name: string }[];
  lastYear?: [string, string, number][];
}

/** The office workbook: the template with `Cấu hình`, `Trường` and `Năm trước` filled in. */
export function writeOffice(path: string, options: OfficeOptions): void {
  const params = new Map<string, CellValue>([
    ['Tên cơ quan', 'UBND phường An Phú'],
    ['Năm học', options.year ?? '2025-2026'],
    ['Hạn nộp', options.deadline ?? null],
  ]);
  const sheets = officeTemplateSheets().map((sheet): OutputSheet => {
    if (sheet.name === 'Cấu hình') {
      const rows = sheet.rows.slice(0, 4).map((r, n) => (n === 0 ? r : [r[0], params.get(String(r[0])) ?? null, r[2]]));
      for (const [title, value] of options.caps ?? []) rows.push([`Tỉ lệ tối đa: ${title}`, value, null]);
      return { ...sheet, rows };
    }
    if (sheet.name === 'Trường') return { ...sheet, rows: [sheet.rows[0], ...options.schools.map((s) => [s.code, s.name, null, null])] };
    if (sheet.name === 'Năm trước') return { ...sheet, rows: [sheet.rows[0], ...(options.lastYear ?? [])] };
    return sheet;
  });
  writeXlsxFile(path, sheets);
}

export function writeGarbage(path: string): void {
  writeFileSync(path, 'không phải tệp xlsx');
}
