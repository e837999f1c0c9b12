// Problems the engine finds in the configuration point at the exact `Khen thưởng` cell, through the reader.
import { formatCell } from '../../src/core/cellref';
import { validateData } from '../../src/workbook/service';
import { schoolWorkbook } from './fixture';

function cellsOf(change: Parameters<typeof schoolWorkbook>[0]): string[] {
  return validateData(schoolWorkbook(change)).problems.map((p) => `${p.cell} ${p.message}`);
}

test('a prerequisite processed after its dependant is an error at its `Cần khen thưởng` cell', () => {
  const problems = cellsOf((sheets) => {
    const awards = sheets['Khen thưởng'] as unknown[][];
    awards.push(['D1', 'GK2', 'Giấy khen 2', 'Cá nhân', 'Chỉ tiêu', 1, '', '', 'GK3', 3]);
    awards.push(['D1', 'GK3', 'Giấy khen 3', 'Cá nhân', 'Chỉ tiêu', 1, '', '', '', 4]);
  });
  // `Cần khen thưởng` is column I; GK2 is on row 4.
  expect(problems.some((p) => p.startsWith('Khen thưởng!I4 ') && p.includes('GK3'))).toBe(true);
});

test('a % base naming a later award is an error at its `Tính tỷ lệ trên` cell, wherever that column stands', () => {
  const problems = cellsOf((sheets) => {
    const awards = sheets['Khen thưởng'] as unknown[][];
    awards[0].push('Tính tỷ lệ trên');
    awards[1].push('GKTT');
  });
  expect(problems.some((p) => p.startsWith(`${formatCell({ sheet: 'Khen thưởng', row: 2, col: 11 })} `))).toBe(true);
});
