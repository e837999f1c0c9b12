import fc from 'fast-check';
import { key } from '../../src/core/codes';
import { cleanNumber, parseDateText, parseNumberText, readBoolean, readPercent, serialToIso } from '../../src/workbook/cells';
import { SHEETS, cardSheetName, parseCardSheetName, parseVoteSheetName, resultSheetName, voteSheetName } from '../../src/workbook/schema';

describe('schema', () => {
  it('describes every input sheet of SPEC §2 with its required columns', () => {
    expect(SHEETS.map((s) => s.name)).toEqual([
      'Cấu hình',
      'Đơn vị',
      'Cán bộ',
      'Hội đồng',
      'Đợt thi đua',
      'Tiêu chí',
      'Xếp loại',
      'Danh mục',
      'Khen thưởng',
      'Đăng ký',
      'Lịch sử',
    ]);
    expect(SHEETS.filter((s) => s.required).map((s) => s.name)).toEqual(['Đơn vị', 'Cán bộ', 'Hội đồng', 'Đợt thi đua', 'Tiêu chí']);
    const required = (name: string) =>
      SHEETS.find((s) => s.name === name)!
        .columns.filter((c) => c.required)
        .map((c) => c.header);
    expect(required('Cán bộ')).toEqual(['Mã CB', 'Họ và tên', 'Mã đơn vị']);
    expect(required('Khen thưởng')).toEqual(['Mã đợt', 'Mã khen thưởng', 'Tên']);
    for (const sheet of SHEETS) {
      const keys = sheet.columns.map((c) => key(c.header));
      expect(new Set(keys).size).toBe(keys.length);
      for (const c of sheet.columns) {
        expect(c.note.length).toBeGreaterThan(0);
        expect(c.width).toBeGreaterThan(0);
        if (c.header.endsWith('(%)')) expect(c.kind).toBe('percent');
      }
    }
  });

  it('names and parses card and vote sheets', () => {
    expect(cardSheetName('D1', 'TV02', 'staff')).toBe('Chấm D1 TV02');
    expect(cardSheetName('D1', 'TV02', 'unit')).toBe('Chấm TT D1 TV02');
    expect(voteSheetName('D1')).toBe('Phiếu D1');
    expect(resultSheetName('D1')).toBe('Kết quả D1');
    expect(parseCardSheetName('  CHẤM   d1 tv02 '.normalize('NFD'))).toEqual({ kind: 'staff', phase: 'd1', member: 'tv02' });
    expect(parseCardSheetName('chấm tt D1 TV02')).toEqual({ kind: 'unit', phase: 'D1', member: 'TV02' });
    expect(parseCardSheetName('Chấm D1')).toBeNull();
    expect(parseCardSheetName('Kết quả D1')).toBeNull();
    expect(parseVoteSheetName('phiếu  D1')).toBe('D1');
    expect(parseVoteSheetName('Phiếu')).toBeNull();
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9]{1,6}$/),
        fc.stringMatching(/^[A-Za-z0-9]{1,6}$/),
        fc.constantFrom('staff' as const, 'unit' as const),
        (phase, member, kind) => {
          expect(parseCardSheetName(cardSheetName(phase, member, kind))).toEqual(
            kind === 'staff' && key(phase) === 'tt' ? null : { kind, phase, member },
          );
        },
      ),
    );
  });
});

describe('cells', () => {
  it('numbers with a decimal comma or point, thousands separators, binary noise', () => {
    expect(parseNumberText('8,5')).toBe(8.5);
    expect(parseNumberText(' -0,25 ')).toBe(-0.25);
    expect(parseNumberText('1.234,5')).toBe(1234.5);
    expect(parseNumberText('1,234.5')).toBe(1234.5);
    expect(parseNumberText('1,2,3')).toBeNull();
    expect(parseNumberText('tám')).toBeNull();
    expect(cleanNumber(0.1 + 0.2)).toBe(0.3);
    fc.assert(
      fc.property(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: 0, max: 99 }), (i, d) => {
        const text = `${i}.${String(d).padStart(2, '0')}`;
        expect(parseNumberText(text.replace('.', ','))).toBe(Number(text));
      }),
    );
  });

  it('percent cells: formatted as percent → ×100, else as written', () => {
    expect(readPercent(0.15, '0%')).toEqual({ ok: true, value: 15 });
    expect(readPercent(0.155, '0.0%')).toEqual({ ok: true, value: 15.5 });
    expect(readPercent(15, '')).toEqual({ ok: true, value: 15 });
    expect(readPercent('12,5%', undefined)).toEqual({ ok: true, value: 12.5 });
    expect(readPercent('"%"0', '"%"0')).toEqual({ ok: false, message: '“"%"0” không phải là số: hãy nhập một số, ví dụ 8 hoặc 8,5' });
  });

  it('booleans and dates', () => {
    for (const yes of ['Có', 'CÓ', 'x', 'X', '✓', '1', 1, true]) expect(readBoolean(yes)).toEqual({ ok: true, value: true });
    for (const no of ['Không', 'KHÔNG', '0', 0, false]) expect(readBoolean(no)).toEqual({ ok: true, value: false });
    expect(readBoolean('  ')).toBeNull();
    expect(parseDateText('5/9/1985')).toBe('1985-09-05');
    expect(parseDateText('29/02/2023')).toBeNull();
    expect(parseDateText('2024-02-29')).toBe('2024-02-29');
    expect(serialToIso(45658)).toBe('2025-01-01');
  });
});
