// The demo school's registration summary through LibreOffice: what the office will read. Runs where `soffice`,
// `pdftotext` and `pdfinfo` are installed (CI installs libreoffice-calc and poppler-utils), else it is skipped.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { key } from '../../src/core/codes';
import type { SchoolData } from '../../src/core/model';
import { estimatePages } from '../../src/documents/frame';
import { registrationSummary } from '../../src/documents/summary';
import { awardProposals } from '../../src/documents/proposals';
import { tallyPhase } from '../../src/core/tally';
import { formatNumberVi } from '../../src/core/numbers';
import { writeExport } from '../../src/node/export';
import { openXlsx } from '../../src/node/xlsx/index';
import { readSchool } from '../../src/workbook/read-school';
import { demoSheets } from '../../sheets-templates/demo-school';
import { MemoryWorkbook } from '../workbook/memory-workbook';

const onPath = (tool: string): boolean =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, tool)));
const missing = ['soffice', 'pdftotext', 'pdfinfo'].filter((tool) => !onPath(tool));
if (missing.length > 0) {
  if (process.env.THIDUA_REQUIRE_SOFFICE === '1') throw new Error(`required here (THIDUA_REQUIRE_SOFFICE=1): ${missing.join(', ')}`);
  console.warn(`PDF export test skipped: ${missing.join(', ')} not installed (apt-get install libreoffice-calc poppler-utils)`);
}
const describePdf = missing.length === 0 ? describe : describe.skip;

function demoData(): SchoolData {
  const file = join(__dirname, '../../sheets-templates/demo.xlsx');
  if (existsSync(file)) return readSchool(openXlsx(file)).data;
  return readSchool(new MemoryWorkbook(Object.fromEntries(demoSheets().map((s) => [s.name, s.rows])))).data;
}

/** Without any white space: a cell's text may wrap, and pdftotext may split a word where letters are spaced. */
const bare = (text: string): string => text.replace(/\s+/g, '');

describePdf('the registration summary as PDF (LibreOffice)', () => {
  const data = demoData();
  const today = new Date(2026, 8, 8);
  const { sheet } = registrationSummary(data, today);
  let dir = '';
  let pdf = '';
  let pages = 0;
  const textOf = (first?: number, last?: number, layout = true): string =>
    execFileSync(
      'pdftotext',
      [...(first ? ['-f', String(first), '-l', String(last ?? first)] : []), ...(layout ? ['-layout'] : []), pdf, '-'],
      {
        encoding: 'utf8',
      },
    );

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thidua-pdf-'));
    const written = await writeExport(sheet, join(dir, 'tong-hop.xlsx'));
    pdf = written.find((f) => f.endsWith('.pdf')) ?? '';
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the header, date, title and signature lines', () => {
    const text = bare(textOf(undefined, undefined, false));
    const c = data.config;
    for (const line of [
      c.managingBody.toLocaleUpperCase('vi'),
      c.schoolName.toLocaleUpperCase('vi'),
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `/BC-${c.schoolCode}`,
      `${c.place}, ngày 08 tháng 9 năm 2026`,
      'TỔNG HỢP ĐĂNG KÝ THI ĐUA',
      `Năm học ${c.schoolYear}`,
      'Nơi nhận:',
      `- ${c.recipient};`,
      'HIỆU TRƯỞNG',
      c.principal,
    ]) {
      expect(text).toContain(bare(line));
    }
  });

  test('every registered name', () => {
    const text = bare(textOf(undefined, undefined, false));
    const registered = new Set(data.registrations.map((r) => key(r.id)));
    const names = [
      ...data.staff.filter((s) => s.active && registered.has(key(s.id))).map((s) => s.name),
      ...data.units.filter((u) => registered.has(key(u.id))).map((u) => u.name),
    ];
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) expect(text).toContain(bare(name));
  });

  test('the totals: people, and one count per catalogue column', () => {
    const lines = textOf().split('\n');
    const registered = (kind: 'staff' | 'unit', code: string): number =>
      new Set(
        data.registrations
          .filter((r) => r.codes.some((c) => key(c) === key(code)))
          .filter((r) =>
            kind === 'staff'
              ? data.staff.some((s) => s.active && key(s.id) === key(r.id))
              : data.units.some((u) => key(u.id) === key(r.id)),
          )
          .map((r) => key(r.id)),
      ).size;
    const staffIds = new Set(
      data.registrations.filter((r) => data.staff.some((s) => s.active && key(s.id) === key(r.id))).map((r) => key(r.id)),
    );
    const staffLine = lines.find((l) => l.includes(`Tổng cộng: ${staffIds.size} cá nhân`));
    expect(staffLine).toBeDefined();
    const staffCounts = data.catalog.filter((c) => c.kind === 'staff').map((c) => registered('staff', c.id));
    const numbers = (line: string): number[] => (line.split(/(?:cá nhân|tập thể)/)[1].match(/\d+/g) ?? []).map(Number);
    expect(numbers(staffLine as string).slice(0, staffCounts.length)).toEqual(staffCounts);
    const unitCounts = data.catalog.filter((c) => c.kind === 'unit').map((c) => registered('unit', c.id));
    const unitLine = lines.find((l) => /Tổng cộng: \d+ tập thể/.test(l));
    expect(unitLine).toBeDefined();
    expect(numbers(unitLine as string)).toEqual(unitCounts);
  });

  test('the page count is what the layout implies; every page of the table has its header and its last column', () => {
    expect(pages).toBe(estimatePages(sheet));
    expect(pages).toBeGreaterThan(1);
    expect(sheet.page?.repeatRows).toBeDefined();
    for (let page = 1; page <= pages; page++) {
      const text = bare(textOf(page, page, false));
      expect(text).toContain('Họvàtên');
      expect(text).toContain('Ghichú');
    }
    // one page wide: the A4 page of the right orientation, never a second column of pages
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(
      sheet.page?.orientation === 'landscape'
        ? /Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/
        : /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/,
    );
  });
});

describePdf('the award proposals of phase 1 as PDF (LibreOffice)', () => {
  test('every recipient with the score in Vietnamese notation (96,42), one page', async () => {
    const data = demoData();
    const tally = tallyPhase(data, 'D1');
    const dir = mkdtempSync(join(tmpdir(), 'thidua-pdf-'));
    try {
      const written = await writeExport(awardProposals(data, tally, new Date(2026, 10, 21)).sheet, join(dir, 'Đề nghị – Đợt 1.xlsx'));
      const pdf = written.find((f) => f.endsWith('.pdf')) ?? '';
      const text = bare(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
      const recipients = tally.awards.flatMap((a) =>
        a.recipients.map((id) => tally.participants.find((p) => p.kind === a.kind && p.id === id)),
      );
      expect(recipients.length).toBeGreaterThan(0);
      for (const p of recipients) {
        expect(text).toContain(bare(p?.name ?? '?'));
        expect(text).toContain(formatNumberVi(p?.score ?? NaN, data.config.decimals));
      }
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
