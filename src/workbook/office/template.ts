// The office workbook's blank template (`thidua template --office`): `Cấu hình` with its parameters, `Trường`, and
// `Năm trước` with their header rows.
import type { CellValue, OutputSheet } from '../port';
import type { SheetSpec } from '../schema';
import { OFFICE_COL as C } from './messages';
import { OFFICE_CONFIG, OFFICE_LAST_YEAR, OFFICE_PARAMS, OFFICE_SCHOOLS } from './schema';

const HEADER = { bold: true, fill: '#D9EAD3', align: 'center' as const, valign: 'middle' as const, wrap: true, border: 'all' as const };
const FORMATTED_ROWS = 500;

function sheetOf(spec: SheetSpec, rows: CellValue[][], extraHeaders: { header: string; width: number }[] = []): OutputSheet {
  const headers = [...spec.columns.map((c) => c.header), ...extraHeaders.map((e) => e.header)];
  const styles: NonNullable<OutputSheet['styles']> = [{ range: { row: 1, col: 1, rows: 1, cols: headers.length }, style: HEADER }];
  spec.columns.forEach((c, i) => {
    if (c.kind === 'code') styles.push({ range: { row: 2, col: i + 1, rows: FORMATTED_ROWS, cols: 1 }, style: { numberFormat: '@' } });
  });
  return {
    name: spec.name,
    rows: [headers, ...rows],
    styles,
    columnWidths: [...spec.columns.map((c) => c.width), ...extraHeaders.map((e) => e.width)],
    frozenRows: 1,
  };
}

export function officeTemplateSheets(): OutputSheet[] {
  const params = OFFICE_PARAMS.map((p): CellValue[] => [p.name, p.example || null, p.note]);
  return [
    sheetOf(OFFICE_CONFIG.spec, params, [{ header: C.note, width: 560 }]),
    sheetOf(OFFICE_SCHOOLS.spec, []),
    sheetOf(OFFICE_LAST_YEAR.spec, []),
  ];
}
