// The school's short rule under its name (Decree 30: 1/3 to 1/2 of the name), centred under it on any grid: a
// column is split where no edge fits, its cells merged over the parts, so the rule is never a whole wide column.
import { DEFAULT_CONFIG } from '../../src/core/model';
import type { Config } from '../../src/core/model';
import { DocumentBuilder } from '../../src/documents/frame';
import type { OutputSheet } from '../../src/documents/output';

const config: Config = { ...DEFAULT_CONFIG, schoolName: 'Trường Tiểu học Hoa Sen', managingBody: 'UBND phường An Phú', place: 'An Phú' };
const nameWidth = 'TRƯỜNG TIỂU HỌC HOA SEN'.length * 13 * 0.5 * (96 / 72);

function built(widths: number[]): OutputSheet {
  const doc = new DocumentBuilder('Thử', widths);
  doc.header(config, new Date(2026, 4, 25), 'BC');
  doc.table({
    columns: widths.map((_, i) => ({ header: `C${i + 1}`, span: 1 })),
    rows: [{ cells: widths.map((_, i) => `v${i + 1}`) }],
    empty: '',
  });
  return doc.build();
}

function span(sheet: OutputSheet, row: number, col: number): [number, number] {
  const widths = sheet.columnWidths ?? [];
  const cols = (sheet.merges ?? []).find((m) => m.row === row && m.col === col)?.cols ?? 1;
  const left = widths.slice(0, col - 1).reduce((a, b) => a + b, 0);
  return [left, left + widths.slice(col - 1, col - 1 + cols).reduce((a, b) => a + b, 0)];
}

describe.each([
  ['the paper trail’s grid', [40, 250, 200, 130, 60]],
  ['the proposal list’s', [40, 170, 95, 110, 55, 50, 85, 80]],
  ['two wide columns', [300, 305]],
  ['many narrow ones', [40, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60]],
])('on %s', (_, widths) => {
  const sheet = built(widths);
  const rules = (sheet.styles ?? []).filter((s) => s.range.row === 3 && s.style.border === 'bottom');

  test('one rule, 30–50% of the name, centred under the name (within 5% of its block)', () => {
    expect(rules).toHaveLength(1);
    const [l, r] = span(sheet, 3, rules[0].range.col);
    expect(r - l).toBeGreaterThanOrEqual(0.3 * nameWidth);
    expect(r - l).toBeLessThanOrEqual(0.5 * nameWidth);
    const school = (sheet.rows[1] ?? []).indexOf('TRƯỜNG TIỂU HỌC HOA SEN') + 1;
    const [nl, nr] = span(sheet, 2, school);
    expect(Math.abs((l + r) / 2 - (nl + nr) / 2)).toBeLessThanOrEqual(0.05 * (nr - nl));
  });

  test('the page width is kept, every row as wide as the grid, every table cell in one merged cell', () => {
    const total = (sheet.columnWidths ?? []).reduce((a, b) => a + b, 0);
    expect(total).toBe(
      Math.max(
        605,
        widths.reduce((a, b) => a + b, 0),
      ),
    );
    expect(sheet.rows.every((r) => r.length === sheet.columnWidths?.length)).toBe(true);
    const row = sheet.rows.findIndex((r) => r.includes('v1')) + 1;
    widths.forEach((_, i) => {
      const col = (sheet.rows[row - 1] ?? []).indexOf(`v${i + 1}`) + 1;
      expect(col).toBeGreaterThan(0);
      const [l, r] = span(sheet, row, col);
      expect(r - l).toBeGreaterThanOrEqual(widths[i] - (i === widths.length - 1 ? 0 : 1));
    });
  });
});
