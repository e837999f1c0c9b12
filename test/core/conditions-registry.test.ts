// The award condition registry: a condition added as ONE entry (defined here, in the test) is read from its
// `Khen thưởng` column, checked in the tally with its reason, and flagged at registration, with no other source edit.
import { condition } from '../../src/core/conditions/condition';
import { registrationWarnings } from '../../src/core/conditions/registration';
import { CONDITIONS, extendConditions } from '../../src/core/conditions/registry';
import { formatCell } from '../../src/core/cellref';
import { codeKey } from '../../src/core/codes';
import { tallyPhase } from '../../src/core/tally';
import { readAwards } from '../../src/workbook/read-awards';
import { readPhases } from '../../src/workbook/read-phases';
import { awardSheetSpec, sheetSpec } from '../../src/workbook/schema';
import { ProblemLog, SheetIndex } from '../../src/workbook/table';
import { MemoryWorkbook } from '../workbook/memory-workbook';
import { addAward, person, scoredSchool } from './school-builder';
import { REGISTRATION_NEXT_STEP } from '../../src/core/conditions/messages';

/** A made-up condition: an award for women only (`Chỉ xét nữ`). */
const womenOnly = condition<{ womenOnly: boolean }>({
  kind: 'staff',
  checkOrder: 55,
  columns: [{ field: 'womenOnly', header: 'Chỉ xét nữ', kind: 'boolean', note: 'Có: chỉ xét cán bộ nữ' }],
  blank: { womenOnly: false },
  read: (cells) => ({ womenOnly: cells.boolean('Chỉ xét nữ') }),
  check: (rule, { staff }) => (rule.womenOnly && staff !== undefined && codeKey(staff.gender) !== 'nữ' ? 'Chỉ xét cán bộ nữ' : null),
  registration: (rule, { staff }) =>
    rule.womenOnly && staff !== undefined && codeKey(staff.gender) !== 'nữ' ? ['không phải cán bộ nữ'] : [],
});
const registry = extendConditions(womenOnly);

function readRules(rows: unknown[][]) {
  const wb = new MemoryWorkbook({
    'Đợt thi đua': [
      ['Mã đợt', 'Tên đợt'],
      ['D1', 'Đợt 1'],
    ],
    'Khen thưởng': rows,
  });
  const log = new ProblemLog();
  const index = new SheetIndex(wb, log);
  const awards = readAwards(index, log, readPhases(index, log), registry);
  return { awards, problems: log.list.map((p) => `${p.where ? formatCell(p.where) : ''} ${p.message}`) };
}

describe('a condition added as one registry entry', () => {
  test('is read from its Khen thưởng column, with its cell reported when bad', () => {
    const { awards, problems } = readRules([
      ['Mã đợt', 'Mã khen thưởng', 'Tên', 'Cách xét', 'Chỉ xét nữ'],
      ['D1', 'GN', 'Giỏi việc nước, đảm việc nhà', 'Tiêu chuẩn', 'Có'],
      ['D1', 'GK', 'Giấy khen', 'Tiêu chuẩn', ''],
      ['D1', 'GX', 'Khác', 'Tiêu chuẩn', 'có lẽ'],
    ]);
    expect(problems).toEqual([expect.stringMatching(/^Khen thưởng!E4 /)]);
    expect(awards.map((a) => (a as typeof a & { womenOnly: boolean }).womenOnly)).toEqual([true, false, false]);
    expect(awards[0].source?.cols.womenOnly).toBe(5);
    expect(awardSheetSpec(registry).columns.map((c) => c.header)).toContain('Chỉ xét nữ');
    expect(sheetSpec('Khen thưởng').columns.map((c) => c.header)).not.toContain('Chỉ xét nữ');
  });

  test('is checked in the tally with its reason, in its check order', () => {
    const data = scoredSchool([
      ['CB01', 'An', 'T1', 90, { gender: 'Nữ' }],
      ['CB02', 'Bình', 'T1', 95, { gender: 'Nam' }],
      ['CB03', 'Cường', 'T1', 95, { gender: 'Nam', initiative: false }],
    ]);
    const rule = addAward(data, { code: 'GN', method: 'standard', needInitiative: false });
    Object.assign(rule, { womenOnly: true });
    const t = tallyPhase(data, 'D1', { conditions: registry });
    expect(person(t, 'CB01').awards).toEqual(['GN']);
    expect(person(t, 'CB02').reasons).toEqual({ GN: 'Chỉ xét cán bộ nữ' });
    // needExcellentOrInitiative (check order 50) comes before it, the votes (70) after it
    Object.assign(rule, { needExcellentOrInitiative: true, minVotePercent: 50 });
    const t2 = tallyPhase(data, 'D1', { conditions: registry });
    expect(person(t2, 'CB02').reasons).toEqual({ GN: 'Chưa đạt HTXSNV và chưa có sáng kiến' });
    data.staff[1].initiative = true;
    expect(person(tallyPhase(data, 'D1', { conditions: registry }), 'CB02').reasons).toEqual({ GN: 'Chỉ xét cán bộ nữ' });
    // the built-in registry does not know the condition: the rule's extra field is ignored
    expect(person(tallyPhase(data, 'D1'), 'CB02').reasons.GN).toMatch(/^Phiếu đồng ý 0\/1/);
  });

  test('a rule built without its field reads as no condition', () => {
    const data = scoredSchool([['CB02', 'Bình', 'T1', 95, { gender: 'Nam' }]]);
    addAward(data, { code: 'GN', method: 'standard' });
    expect(person(tallyPhase(data, 'D1', { conditions: registry }), 'CB02').awards).toEqual(['GN']);
  });

  test('is flagged at registration', () => {
    const data = scoredSchool([
      ['CB01', 'An', 'T1', 90, { gender: 'Nữ' }],
      ['CB02', 'Bình', 'T1', 95, { gender: 'Nam' }],
    ]);
    Object.assign(addAward(data, { code: 'GN', name: 'Giỏi việc nước', method: 'standard' }), { womenOnly: true });
    data.registrations = [
      { id: 'CB01', codes: ['GN'], initiativeName: '', note: '', row: 2 },
      { id: 'CB02', codes: ['GN'], initiativeName: '', note: '', row: 3 },
    ];
    const lines = (list: ReturnType<typeof registrationWarnings>) => list.map((p) => `${p.where ? formatCell(p.where) : ''} ${p.message}`);
    expect(lines(registrationWarnings(data, registry))).toEqual([
      `Đăng ký!B3 Bình đăng ký GN nhưng không phải cán bộ nữ. ${REGISTRATION_NEXT_STEP}`,
    ]);
    expect(registrationWarnings(data)).toEqual([]);
  });
});

describe('the built-in registry', () => {
  test('every condition column is a column of Khen thưởng, once', () => {
    const headers = sheetSpec('Khen thưởng').columns.map((c) => c.header);
    const columns = CONDITIONS.columns().map((c) => c.header);
    expect(new Set(columns).size).toBe(columns.length);
    for (const h of columns) expect(headers).toContain(h);
  });

  test('check orders are distinct, so the first failure is well defined', () => {
    const orders = CONDITIONS.entries.map((c) => c.checkOrder);
    expect(new Set(orders).size).toBe(orders.length);
  });

  test('reasons come in the order score, staff conditions, required awards, votes, unit conditions', () => {
    expect(CONDITIONS.forKind('staff').map((c) => c.name)).toEqual([
      'Điểm sàn',
      'Số tháng tối thiểu',
      'Không kỷ luật',
      'Xếp loại viên chức tối thiểu',
      'Cần sáng kiến',
      'Cần HTXSNV hoặc sáng kiến',
      'Danh hiệu năm trước liên tục',
      'Cần khen thưởng',
      'Tỷ lệ phiếu tối thiểu (%)',
    ]);
    expect(CONDITIONS.forKind('unit').map((c) => c.name)).toEqual([
      'Điểm sàn',
      'Cần khen thưởng',
      'Tỷ lệ phiếu tối thiểu (%)',
      'Thành viên đạt',
      'Xếp loại thành viên tối thiểu',
      'Kỷ luật tối đa của thành viên',
    ]);
  });
});
