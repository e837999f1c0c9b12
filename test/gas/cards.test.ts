import { createScoreCards, createVoteSheets } from '../../src/gas/cards';
import { fillMarks, MEMBERS, smallSchool } from './school';
import { MSG } from '../../src/gas/messages';
import { createFakeServices } from './fake';

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

describe('protections as Apps Script applies them', () => {
  test('a runner who edits through a Google Group can still restrict the cards (they are made an editor first)', () => {
    const services = smallSchool(createFakeServices({ editorGroup: 'hoidong@truong.edu.vn' }));
    const report = createScoreCards(services, 'D1');
    expect(report.created).toHaveLength(3);
    const [p] = services.spreadsheet.sheet('Chấm D1 TV02').protections;
    expect(p.allows('nam@truong.edu.vn')).toBe(true);
    expect(p.allows('hoa@truong.edu.vn')).toBe(false);
    expect(p.editors.has('hoidong@truong.edu.vn')).toBe(false); // the group no longer edits the card
    expect(p.allows(services.env.activeUserEmail)).toBe(true);
    expect(createVoteSheets(services, 'D1').created).toEqual(['Phiếu D1']);
  });

  test('an email Google refuses is a warning naming the member; the other cards are still made', () => {
    const services = smallSchool();
    services.spreadsheet.sheet('Hội đồng').cell(3, 3).value = 'nam@truong'; // TV02, no domain ending
    const report = createScoreCards(services, 'D1');
    expect(report.created).toEqual(['Chấm D1 TV01', 'Chấm D1 TV02', 'Chấm D1 TV03']);
    expect(report.warnings).toContain(MSG.memberEmailRefused('TV02', 'nam@truong', 'Chấm D1 TV02'));
    const [p] = services.spreadsheet.sheet('Chấm D1 TV02').protections;
    expect(p.allows(services.env.activeUserEmail)).toBe(true);
    expect(MEMBERS.filter(([, , email]) => email).some(([, , email]) => p.allows(email))).toBe(false);
    const votes = createVoteSheets(services, 'D1');
    expect(votes.warnings).toContain(MSG.memberEmailRefused('TV02', 'nam@truong', 'Phiếu D1'));
  });

  test('a protection the runner may not edit is left alone instead of failing the run', () => {
    const services = smallSchool();
    createVoteSheets(services, 'D1');
    const sheet = services.spreadsheet.sheet('Phiếu D1');
    const foreign = sheet.getRange(1, 1).protect();
    foreign.editors.clear(); // the owner's own protection: the runner is not an editor
    expect(foreign.canEdit()).toBe(false);
    expect(() => createVoteSheets(services, 'D1')).not.toThrow();
    expect(sheet.protections).toContain(foreign);
  });
});
