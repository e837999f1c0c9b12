// Issue 13: a column is one entry of its sheet's definition. A made-up column added here (`Số năm công tác` on
// `Cán bộ`) is read typed by its kind, with its default and range, a bad cell reported at the cell, and no other
// source touched: the reader names it by its definition (a mistyped name does not compile).
import { formatCell } from '../../src/core/cellref';
import { col, extendSheet, STAFF } from '../../src/workbook/schema';
import { openTable, ProblemLog, SheetIndex } from '../../src/workbook/table';
import type { Table, TableRow } from '../../src/workbook/table';
import { MemoryWorkbook } from './memory-workbook';

/** The made-up column: whole years of service, 0 to 50, blank = 0. */
const STAFF_PLUS = extendSheet(STAFF, {
  yearsOfService: col('Số năm công tác', 'integer', 'Số năm công tác trong ngành (mặc định 0)', { min: 0, max: 50, default: 0 }),
  mentor: col('Người hướng dẫn', 'code', 'Mã CB của người hướng dẫn (nếu có)', { ref: 'staff' }),
});

function open(rows: unknown[][]): { table: Table; problems: () => string[] } {
  const log = new ProblemLog();
  const wb = new MemoryWorkbook({ 'Cán bộ': [['Mã CB', 'Họ và tên', 'Mã đơn vị', 'Số năm công tác', 'Người hướng dẫn'], ...rows] });
  const table = openTable(new SheetIndex(wb, log), STAFF_PLUS.spec, log);
  if (table === null) throw new Error('not opened');
  return { table, problems: () => log.list.map((p) => `${p.where ? formatCell(p.where) : '-'}: ${p.message}`) };
}

describe('a column added to a sheet definition', () => {
  test('is read typed by its kind, with its default, and its range checked at the cell', () => {
    const { table, problems } = open([
      ['CB01', 'An', 'T1', 12, 'CB02'],
      ['CB02', 'Bình', 'T1', '', ''],
      ['CB03', 'Cường', 'T1', 51, ''],
      ['CB04', 'Dũng', 'T1', 'mười', ''],
    ]);
    // typed: a number (never null: the column has a default) and a string
    const years = (r: TableRow): number => table.get(r, STAFF_PLUS.yearsOfService);
    const mentor = (r: TableRow): string => table.get(r, STAFF_PLUS.mentor);
    expect(table.rows.map(years)).toEqual([12, 0, 0, 0]);
    expect(table.rows.map(mentor)).toEqual(['CB02', '', '', '']);
    expect(problems()).toEqual([
      'Cán bộ!D4: 51 lớn hơn mức tối đa 50: hãy nhập một số không quá 50',
      'Cán bộ!D5: “mười” không phải là số: hãy nhập một số, ví dụ 8 hoặc 8,5',
    ]);
    // the definition's own columns are still there, and the sheet as data has the new one last
    expect(table.get(table.rows[0], STAFF_PLUS.monthsWorked)).toBe(12);
    expect(STAFF_PLUS.spec.columns.map((c) => c.header).slice(-3)).toEqual(['Đang công tác', 'Số năm công tác', 'Người hướng dẫn']);
    expect(STAFF.spec.columns.map((c) => c.header)).not.toContain('Số năm công tác');
    // @ts-expect-error a mistyped column name is a compile error (npm run typecheck), not a silent null
    expect(STAFF_PLUS.yearOfService).toBeUndefined();
  });

  test('strict reads tell a bad cell (null) from a blank one (the default)', () => {
    const { table } = open([
      ['CB01', 'An', 'T1', '', ''],
      ['CB02', 'Bình', 'T1', 2.5, ''],
    ]);
    expect(table.rows.map((r) => table.strict(r, STAFF_PLUS.yearsOfService))).toEqual([0, null]);
  });

  test('a column of another sheet, or a header already on the sheet, is refused', () => {
    const { table } = open([['CB01', 'An', 'T1', '', '']]);
    const stray = col('Số năm công tác', 'integer', 'không thuộc định nghĩa nào');
    expect(() => table.get(table.rows[0], stray)).toThrow('not one of its definition');
    expect(() => extendSheet(STAFF, { again: col('Mã CB', 'code', 'trùng') })).toThrow('already has a column Mã CB');
  });
});
