// Issue 13: every `Cấu hình` parameter of the definition (PARAMS) is read by readConfig; none is left to the
// “không được dùng” warning, and each range is the definition's.
import { formatCell } from '../../src/core/cellref';
import { DEFAULT_CONFIG } from '../../src/core/model';
import { readConfig } from '../../src/workbook/read-config';
import { CONFIG, PARAMS } from '../../src/workbook/schema';
import { ProblemLog, SheetIndex } from '../../src/workbook/table';
import { MemoryWorkbook } from './memory-workbook';

function read(rows: unknown[][]) {
  const log = new ProblemLog();
  const wb = new MemoryWorkbook({ 'Cấu hình': [CONFIG.spec.columns.map((c) => c.header), ...rows] });
  const config = readConfig(new SheetIndex(wb, log), log);
  return { config, problems: log.list.map((p) => `${p.where ? formatCell(p.where) : '-'}: ${p.message}`) };
}

test('every parameter of the definition is known to the reader', () => {
  const { config, problems } = read(Object.values(PARAMS).map((p) => [p.name, '']));
  expect(problems).toEqual([]);
  expect(config).toEqual(DEFAULT_CONFIG);
});

test("a parameter's range is the definition's", () => {
  const { config, problems } = read([
    [PARAMS.decimals.name, PARAMS.decimals.max + 1],
    [PARAMS.divergentRho.name, -0.5],
    [PARAMS.excellentCapPercent.name, -1],
  ]);
  expect(problems).toEqual([
    'Cấu hình!B2: 7 lớn hơn mức tối đa 6: hãy nhập một số không quá 6',
    'Cấu hình!B4: -1 nhỏ hơn mức tối thiểu 0: hãy nhập một số từ 0 trở lên',
  ]);
  expect(config.decimals).toBe(DEFAULT_CONFIG.decimals);
  expect(config.divergentRho).toBe(-0.5);
});
