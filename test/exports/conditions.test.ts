import { registrationWarnings } from '../../src/core/conditions/registration';
import { formatCell } from '../../src/core/cellref';
import type { SchoolData } from '../../src/core/model';
import { reg, rule, school, staff } from './fixture';
import { REGISTRATION_NEXT_STEP } from '../../src/core/conditions/messages';

/** Each warning ends with what to do (checked here), then is compared without it. */
const withoutNextStep = (message: string): string => {
  expect(message.endsWith(`. ${REGISTRATION_NEXT_STEP}`)).toBe(true);
  return message.slice(0, -(REGISTRATION_NEXT_STEP.length + 2));
};
const lines = (data: SchoolData) =>
  registrationWarnings(data).map((p) => `${p.where ? formatCell(p.where) : ''} ${withoutNextStep(p.message)}`);

function one(person: Parameters<typeof staff>[4], codes: string[], initiative = ''): SchoolData {
  const data = school();
  data.staff = [staff('CB01', 'Nguyễn Thị An', 'T1', 2, person)];
  data.registrations = [reg('CB01', codes, 2, initiative)];
  return data;
}

describe('registration condition warnings', () => {
  test('CSTĐCS without HTXSNV or an initiative is flagged; either one is enough', () => {
    expect(lines(one({ rating: 3 }, ['CSTĐCS']))).toEqual([
      'Đăng ký!B2 Nguyễn Thị An đăng ký Chiến sĩ thi đua cơ sở nhưng chưa được xếp loại HTXSNV và chưa có sáng kiến',
    ]);
    expect(lines(one({ rating: 4 }, ['CSTĐCS']))).toEqual([]);
    expect(lines(one({ rating: 3, initiative: true }, ['CSTĐCS']))).toEqual([]);
    // an initiative named on the registration counts as planned
    expect(lines(one({ rating: 3 }, ['CSTĐCS'], 'Sáng kiến A'))).toEqual([]);
  });

  test('CSTĐCS also carries the conditions of LĐTT it requires', () => {
    expect(lines(one({ rating: 4, monthsWorked: 8 }, ['CSTĐCS']))).toEqual([
      'Đăng ký!B2 Nguyễn Thị An đăng ký Chiến sĩ thi đua cơ sở nhưng mới 8 tháng công tác, cần 10 tháng',
    ]);
  });

  test('LĐTT: too few months, a discipline, a rating below the minimum; a blank rating is not yet a miss', () => {
    expect(lines(one({ monthsWorked: 9.5 }, ['LĐTT']))).toEqual([
      'Đăng ký!B2 Nguyễn Thị An đăng ký Lao động tiên tiến nhưng mới 9,5 tháng công tác, cần 10 tháng',
    ]);
    expect(lines(one({ discipline: 2, disciplineText: 'Cảnh cáo' }, ['LĐTT']))).toEqual([
      'Đăng ký!B2 Nguyễn Thị An đăng ký Lao động tiên tiến nhưng đang bị kỷ luật (Cảnh cáo)',
    ]);
    expect(lines(one({ rating: 2 }, ['LĐTT']))).toEqual([
      'Đăng ký!B2 Nguyễn Thị An đăng ký Lao động tiên tiến nhưng xếp loại HTNV, cần tối thiểu HTTNV',
    ]);
    expect(lines(one({ rating: null }, ['LĐTT']))).toEqual([]);
  });

  test('every miss of a title is listed: its own rule’s, then the required award’s, each in the tally’s check order', () => {
    expect(lines(one({ monthsWorked: 8, discipline: 2, disciplineText: 'Cảnh cáo', rating: 2 }, ['CSTĐCS']))).toEqual([
      'Đăng ký!B2 Nguyễn Thị An đăng ký Chiến sĩ thi đua cơ sở nhưng chưa được xếp loại HTXSNV và chưa có sáng kiến; ' +
        'mới 8 tháng công tác, cần 10 tháng; đang bị kỷ luật (Cảnh cáo); xếp loại HTNV, cần tối thiểu HTTNV',
    ]);
  });

  test('the school rule decides: a rule without a month minimum flags no months', () => {
    const data = one({ monthsWorked: 3 }, ['LĐTT']);
    data.awards = [rule('CN', 'LĐTT', 'Lao động tiên tiến', 2, { minRating: 3 })];
    expect(lines(data)).toEqual([]);
  });

  test('without a Khen thưởng rule, the law’s titles are recognised by name (Luật TĐKT Điều 23–24)', () => {
    const data = one({ rating: 3 }, ['CSTĐCS']);
    data.awards = [];
    expect(lines(data)).toEqual([
      'Đăng ký!B2 Nguyễn Thị An đăng ký Chiến sĩ thi đua cơ sở nhưng chưa được xếp loại HTXSNV và chưa có sáng kiến',
    ]);
    const other = one({ rating: 3 }, ['GKHT']);
    other.awards = [];
    expect(lines(other)).toEqual([]);
  });

  test('unit titles: a member disciplined above what the rule allows', () => {
    const data = school();
    const unitLines = lines(data).filter((l) => l.includes('Tổ Khối'));
    expect(unitLines).toEqual([
      'Đăng ký!B11 Tổ Khối 3 đăng ký Tập thể lao động xuất sắc nhưng thành viên Đỗ Thị Én bị kỷ luật (Khiển trách)',
    ]);
  });
});
