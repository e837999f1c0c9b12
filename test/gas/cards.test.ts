import { createScoreCards, createVoteSheets } from '../../src/gas/cards';
import { fillMarks, MEMBERS, smallSchool } from './school';

describe('score cards', () => {
  test('one card per member, pre-filled, validated [min, max], protected for that member and the owner', () => {
    const services = smallSchool();
    const report = createScoreCards(services, 'd1');
    expect(report.created).toEqual(['Chấm D1 TV01', 'Chấm D1 TV02', 'Chấm D1 TV03']);
    expect(report.warnings).toHaveLength(1); // TV03 has no email
    const card = services.spreadsheet.sheet('Chấm D1 TV02');
    expect(card.values()).toEqual([
      ['Mã', 'Họ và tên', 'Đơn vị', 'TC01', 'TC02'],
      ['CB001', 'Nguyễn Văn A1', 'Tổ Toán', '', ''],
      ['CB002', 'Nguyễn Văn B2', 'Tổ Văn', '', ''],
      ['CB003', 'Nguyễn Văn C3', 'Tổ Toán', '', ''],
      ['CB004', 'Nguyễn Văn D4', 'Tổ Văn', '', ''],
    ]);
    expect(card.peek(5, 5).validation?.args).toEqual([0, 20]);
    expect(card.peek(2, 4).validation?.allowInvalid).toBe(false);
    expect(card.peek(1, 4).note).toContain('Chuyên môn');
    expect(card.frozenRows).toBe(1);
    MEMBERS.forEach(([id]) => {
      const protections = services.spreadsheet.sheet(`Chấm D1 ${id}`).protections;
      expect(protections).toHaveLength(1);
      const [p] = protections;
      for (const [otherId, , otherEmail] of MEMBERS) {
        if (otherEmail) expect(p.allows(otherEmail)).toBe(otherId === id);
      }
      expect(p.allows(services.env.ownerEmail)).toBe(true);
      expect(p.domainEdit).toBe(false);
    });
  });

  test('re-running adds new staff rows and new criteria without losing any mark', () => {
    const services = smallSchool();
    createScoreCards(services, 'D1');
    fillMarks(services, 'Chấm D1 TV01', 5);
    const ss = services.spreadsheet;
    const before = ss.sheet('Chấm D1 TV01').values();
    ss.sheet('Cán bộ').load([['CB099', 'Võ Thị Mới', 'T2']], 6);
    ss.sheet('Tiêu chí').load([['TC03', 'Sáng tạo', 'Cá nhân', 5]], 4);
    const report = createScoreCards(services, 'D1');
    expect(report.created).toEqual([]);
    expect(report.addedRows).toBe(3);
    expect(report.addedColumns).toBe(3);
    const after = ss.sheet('Chấm D1 TV01').values();
    before.forEach((row, r) => row.forEach((v, c) => expect(after[r][c]).toEqual(v)));
    expect(after[0]).toEqual(['Mã', 'Họ và tên', 'Đơn vị', 'TC01', 'TC02', 'TC03']);
    expect(after[5]).toEqual(['CB099', 'Võ Thị Mới', 'Tổ Văn', '', '', '']);
    expect(ss.sheet('Chấm D1 TV01').peek(6, 6).validation?.args).toEqual([0, 5]);
    expect(ss.sheet('Chấm D1 TV01').protections).toHaveLength(1);
  });

  test('unit cards only when the phase has unit criteria; unknown phase is a clear error', () => {
    const services = smallSchool();
    services.spreadsheet.sheet('Tiêu chí').load([['TT01', 'Phong trào', 'Tập thể', 10]], 4);
    const report = createScoreCards(services, 'D1');
    expect(report.created).toContain('Chấm TT D1 TV01');
    expect(services.spreadsheet.sheet('Chấm TT D1 TV03').values()).toEqual([
      ['Mã', 'Họ và tên', 'Đơn vị', 'TT01'],
      ['T1', 'Tổ Toán', 'Tổ', ''],
      ['T2', 'Tổ Văn', 'Tổ', ''],
    ]);
    expect(() => createScoreCards(services, 'D9')).toThrow(
      'Không có đợt thi đua “D9” (trang tính “Đợt thi đua”). Các đợt hiện có: D1. Hãy nhập một trong các mã đó.',
    );
  });
});

describe('vote sheets', () => {
  test('rows participant × award, one Đ/K column per member, each column protected for its member', () => {
    const services = smallSchool();
    const report = createVoteSheets(services, 'D1');
    expect(report.created).toEqual(['Phiếu D1']);
    const sheet = services.spreadsheet.sheet('Phiếu D1');
    const values = sheet.values();
    expect(values[0]).toEqual(['Mã', 'Họ và tên', 'Mã khen thưởng', 'TV01', 'TV02', 'TV03']);
    expect(values.slice(1).map((r) => `${r[0]}/${r[2]}`)).toEqual(['CB001/GKDX', 'CB002/GKDX', 'CB003/GKDX', 'CB004/GKDX']);
    expect(sheet.peek(2, 4).validation?.args[0]).toEqual(['Đ', 'K']);
    const byDescription = new Map(sheet.protections.map((p) => [p.description, p]));
    expect(byDescription.get('Phiếu biểu quyết của TV01 Trần Thị Hoa')?.allows('hoa@truong.edu.vn')).toBe(true);
    expect(byDescription.get('Phiếu biểu quyết của TV01 Trần Thị Hoa')?.allows('nam@truong.edu.vn')).toBe(false);
    expect(byDescription.get('Phiếu biểu quyết của TV02 Lê Văn Nam')?.allows('nam@truong.edu.vn')).toBe(true);

    sheet.cell(3, 5).value = 'Đ';
    services.spreadsheet.sheet('Cán bộ').load([['CB099', 'Võ Thị Mới', 'T2']], 6);
    const again = createVoteSheets(services, 'D1');
    expect(again.addedRows).toBe(1);
    expect(sheet.values()[2][4]).toBe('Đ');
    expect(sheet.protections).toHaveLength(byDescription.size);
  });
});
