// The blank template: every input sheet of SPEC §2 (as src/workbook/schema.ts lists them) with its header row;
// `Cấu hình` lists its parameters with their defaults and a note, `Xếp loại` the usual bands.
// Score cards (`Chấm …`) and vote sheets (`Phiếu …`) depend on the council and the phases, so they are not here.
import type { CellValue, OutputSheet } from '../src/documents/output';
import { SHEETS } from '../src/workbook/schema';
import type { ParamSpec, SheetSpec } from '../src/workbook/schema';
import { TEMPLATE_FORMATTED_ROWS, layoutOf, tableSheet } from './layout';
import type { ColumnLayout } from './layout';

/** The bands most schools use (on the 100-point scale). */
export const USUAL_BANDS: [string, number][] = [
  ['Xuất sắc', 90],
  ['Tốt', 80],
  ['Khá', 65],
  ['Đạt', 50],
];

export const CONFIG_NOTE_HEADER = 'Ghi chú';

export function paramDefault(param: ParamSpec): CellValue {
  if (param.default === undefined) return null;
  if (typeof param.default === 'boolean') return param.default ? 'Có' : 'Không';
  return param.default;
}

/** `Cấu hình` with a note column beside the two read ones (extra columns are kept and ignored). */
export function configSheet(spec: SheetSpec, values: ReadonlyMap<string, CellValue> = new Map()): OutputSheet {
  const columns: ColumnLayout[] = [...layoutOf(spec.columns), { header: CONFIG_NOTE_HEADER, width: 480, kind: 'text' }];
  const rows = (spec.params ?? []).map((p): CellValue[] => [p.name, values.get(p.name) ?? paramDefault(p), p.note]);
  return tableSheet(spec.name, columns, rows, 0);
}

export function templateSheets(): OutputSheet[] {
  return SHEETS.map((spec) => {
    if (spec.params) return configSheet(spec);
    const rows: CellValue[][] = spec.name === 'Xếp loại' ? USUAL_BANDS.map(([band, from]) => [band, from]) : [];
    return tableSheet(spec.name, layoutOf(spec.columns), rows, TEMPLATE_FORMATTED_ROWS);
  });
}
