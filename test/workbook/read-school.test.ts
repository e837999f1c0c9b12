import { readSchool } from '../../src/workbook/read-school';
import { lines, read, schoolSheets, schoolWorkbook } from './fixture';
import { MemoryWorkbook } from './memory-workbook';

describe('readSchool on a valid school', () => {
  const { data, problems } = readSchool(schoolWorkbook());

  it('reports nothing', () => {
    expect(lines(problems)).toEqual([]);
  });

  it('reads config with defaults for missing rows', () => {
    expect(data.config.schoolName).toBe('Trường THCS Nguyễn Du');
    expect(data.config.aggregation).toBe('median');
    expect(data.config.decimals).toBe(1);
    expect(data.config.apportionment).toBe('hamilton');
    expect(data.config.excludeSelfMarks).toBe(true);
    expect(data.config.womenPriority).toBe(true);
  });

  it('reads staff with references resolved to the canonical code, defaults and levels', () => {
    const [an, binh, cuong] = data.staff;
    expect(an).toMatchObject({
      id: 'CB001',
      unitId: 'T1',
      birthDate: '1985-09-05',
      monthsWorked: 12,
      discipline: 0,
      disciplineText: '',
      rating: 4,
      initiative: true,
      active: true,
      row: 2,
    });
    expect(binh).toMatchObject({
      unitId: 'T1',
      monthsWorked: 10,
      discipline: 1,
      disciplineText: 'Khiển trách',
      rating: 3,
      initiative: false,
    });
    expect(cuong).toMatchObject({ rating: null, initiative: true, active: false });
  });

  it('reads phases, criteria, bands and awards', () => {
    expect(data.phases.map((p) => [p.id, p.type, p.yearWeight])).toEqual([
      ['D1', 'phase', 1],
      ['CN', 'year', 1],
    ]);
    expect(data.criteria.map((c) => [c.id, c.kind, c.min, c.max, c.weight, c.phases, c.tieBreak])).toEqual([
      ['TC01', 'staff', 0, 10, 1, null, 1],
      ['TC02', 'staff', 0, 20, 2, ['D1'], null],
      ['TT01', 'unit', 0, 10, 1, null, null],
    ]);
    expect(data.bands.map((b) => [b.name, b.from])).toEqual([
      ['Tốt', 80],
      ['Khá', 65],
    ]);
    expect(data.awards[0]).toMatchObject({
      phaseId: 'D1',
      code: 'GK',
      kind: 'staff',
      method: 'quota',
      count: 2,
      capPercent: 50,
      capBase: null,
      minScore: 70,
      order: 1,
      splitByUnit: false,
    });
    expect(data.awards[1]).toMatchObject({ code: 'GKTT', kind: 'unit', method: 'standard', count: null, capPercent: null });
    expect(data.registrations.map((r) => [r.id, r.codes])).toEqual([
      ['CB001', ['LDTT']],
      ['T1', ['TTLDTT']],
    ]);
  });

  it('reads score cards compactly with decimal commas and blanks as NaN', () => {
    const card = data.cards.find((c) => c.sheet === 'Chấm D1 TV02');
    expect(card).toBeDefined();
    expect(card).toMatchObject({
      phaseId: 'D1',
      memberId: 'TV02',
      kind: 'staff',
      participantIds: ['CB001', 'CB002'],
      criterionIds: ['TC01', 'TC02'],
      rows: [2, 3],
      cols: [4, 5],
    });
    expect(Array.from(card!.values)).toEqual([9, 18.5, 8.5, NaN]);
    const unitCard = data.cards.find((c) => c.kind === 'unit');
    expect(unitCard).toMatchObject({ memberId: 'TV01', participantIds: ['T1'], criterionIds: ['TT01'] });
  });

  it('counts agreeing votes', () => {
    expect(data.votes).toEqual([
      {
        sheet: 'Phiếu D1',
        phaseId: 'D1',
        rows: [
          { participantId: 'CB001', awardCode: 'GK', agree: 2, row: 2, marks: ['agree', 'agree'] },
          { participantId: 'CB002', awardCode: 'GK', agree: 1, row: 3, marks: ['disagree', 'agree'] },
        ],
        members: [
          { memberId: 'TV01', col: 4 },
          { memberId: 'TV02', col: 5 },
        ],
      },
    ]);
  });
});

describe('header and sheet-name matching', () => {
  it('matches headers regardless of case, spaces and NFD, in any order, keeping extra columns', () => {
    const { data, problems } = read((s) => {
      s['Cán bộ'] = [
        ['  mã   cb ', 'Ghi chú riêng', 'MÃ ĐƠN VỊ'.normalize('NFD'), 'họ và TÊN'.normalize('NFD')],
        ['CB001', 'x', 'T1', 'Nguyễn Văn An'],
        ['CB002', '', 'T1', 'Trần Thị Bình'],
      ];
    });
    expect(lines(problems)).toEqual([]);
    expect(data.staff).toHaveLength(2);
    expect(data.staff[0]).toMatchObject({ id: 'CB001', name: 'Nguyễn Văn An', unitId: 'T1' });
  });

  it('matches sheet names and card names like headers', () => {
    const { data, problems } = read((s) => {
      s['  đơn VỊ '.normalize('NFD')] = s['Đơn vị'];
      delete s['Đơn vị'];
      s['chấm  d1 tv02'] = s['Chấm D1 TV02'];
      delete s['Chấm D1 TV02'];
    });
    expect(lines(problems)).toEqual([]);
    expect(data.units).toHaveLength(2);
    expect(data.cards.find((c) => c.kind === 'staff')).toMatchObject({ phaseId: 'D1', memberId: 'TV02' });
  });

  it('reads a merged header (a header followed by blanks) without crashing', () => {
    const { data, problems } = read((s) => {
      s['Đơn vị'] = [
        ['Mã đơn vị', 'Tên đơn vị', null, '', 'Loại'],
        ['T1', 'Tổ Toán', null, null, 'Tổ'],
        ['T2', 'Tổ Văn', null, null, 'Tổ'],
      ];
    });
    expect(lines(problems)).toEqual([]);
    expect(data.units.map((u) => [u.id, u.type])).toEqual([
      ['T1', 'Tổ'],
      ['T2', 'Tổ'],
    ]);
  });
});

describe('cell values', () => {
  it('reads decimal commas and removes binary noise', () => {
    const { data } = read((s) => {
      s['Tiêu chí'][1][4] = '12,5';
      s['Tiêu chí'][1][5] = 0.1 + 0.2;
    });
    expect(data.criteria[0]).toMatchObject({ max: 12.5, weight: 0.3 });
  });

  it('reads percent columns: as written, percent-formatted cells ×100, and "15%" text', () => {
    const sheets = schoolSheets();
    sheets['Khen thưởng'][1][6] = 0.15;
    sheets['Khen thưởng'][2][6] = '15%';
    const formats = sheets['Khen thưởng'].map((row) => row.map(() => ''));
    formats[1][6] = '0%';
    const { data, problems } = readSchool(new MemoryWorkbook({ ...sheets, 'Khen thưởng': { values: sheets['Khen thưởng'], formats } }));
    expect(lines(problems)).toEqual([]);
    expect(data.awards.map((a) => a.capPercent)).toEqual([15, 15]);
    expect(read(() => undefined).data.awards[0].capPercent).toBe(50);
  });

  it('reads booleans Có/x/✓/1/0 case-insensitively and blank as the default', () => {
    const { data, problems } = read((s) => {
      s['Cán bộ'][1][9] = 'CÓ';
      s['Cán bộ'][2][9] = '✓';
      s['Cán bộ'][3][9] = 0;
      s['Cán bộ'][1][10] = 'không';
      s['Cán bộ'][2][10] = 1;
      s['Cán bộ'][3][10] = null;
    });
    expect(lines(problems)).toEqual([]);
    expect(data.staff.map((p) => [p.initiative, p.active])).toEqual([
      [true, false],
      [true, true],
      [false, true],
    ]);
  });

  it('reports a boolean that is neither', () => {
    const { problems } = read((s) => {
      s['Cán bộ'][2][9] = 'hình như có';
    });
    expect(lines(problems)).toEqual(['Cán bộ!J3: “hình như có” không hợp lệ: hãy ghi Có hoặc Không']);
  });

  it('reads dates from Date cells, serials in date-formatted cells and dd/mm/yyyy', () => {
    const sheets = schoolSheets();
    sheets['Cán bộ'][1][5] = new Date(Date.UTC(1985, 8, 5));
    sheets['Cán bộ'][2][5] = 31048; // 01/01/1985
    sheets['Cán bộ'][3][5] = '7/3/1990';
    const formats = sheets['Cán bộ'].map((row) => row.map(() => ''));
    formats[2][5] = 'dd/mm/yyyy';
    const { data, problems } = readSchool(new MemoryWorkbook({ ...sheets, 'Cán bộ': { values: sheets['Cán bộ'], formats } }));
    expect(lines(problems)).toEqual([]);
    expect(data.staff.map((p) => p.birthDate)).toEqual(['1985-09-05', '1985-01-01', '1990-03-07']);
  });

  it('reports a date that is not one', () => {
    const { problems } = read((s) => {
      s['Cán bộ'][1][5] = '31/02/1985';
    });
    expect(lines(problems)).toEqual(['Cán bộ!F2: “31/02/1985” không phải là ngày: hãy nhập ngày dạng dd/mm/yyyy, ví dụ 05/09/2025']);
  });

  it('reports formula errors (#REF!) at their cell and goes on', () => {
    const { data, problems } = read((s) => {
      s['Cán bộ'][2][6] = '#REF!';
      s['Chấm D1 TV02'][1][3] = '#DIV/0!';
      s['Cấu hình'][4][1] = '#VALUE!';
    });
    expect(lines(problems)).toEqual([
      'Cấu hình!B5: công thức lỗi #VALUE!: hãy sửa công thức (hoặc nhập thẳng giá trị) ở ô này',
      'Cán bộ!G3: công thức lỗi #REF!: hãy sửa công thức (hoặc nhập thẳng giá trị) ở ô này',
      'Chấm D1 TV02!D2: công thức lỗi #DIV/0!: hãy sửa công thức (hoặc nhập thẳng giá trị) ở ô này',
    ]);
    expect(data.staff[1].monthsWorked).toBe(12);
    expect(data.config.decimals).toBe(2);
    expect(Number.isNaN(data.cards.find((c) => c.kind === 'staff')!.values[0])).toBe(true);
  });
});

describe('reported problems, each at its cell', () => {
  it('an empty workbook: every required sheet is missing, nothing crashes', () => {
    const { data, problems } = readSchool(new MemoryWorkbook());
    expect(lines(problems)).toEqual([
      '-: bảng tính không có trang tính nào: hãy mở đúng tệp dữ liệu thi đua, hoặc tạo bảng tính từ mẫu',
      'Đơn vị: thiếu trang tính “Đơn vị”: hãy thêm trang tính này (có thể chép từ tệp mẫu)',
      'Cán bộ: thiếu trang tính “Cán bộ”: hãy thêm trang tính này (có thể chép từ tệp mẫu)',
      'Hội đồng: thiếu trang tính “Hội đồng”: hãy thêm trang tính này (có thể chép từ tệp mẫu)',
      'Đợt thi đua: thiếu trang tính “Đợt thi đua”: hãy thêm trang tính này (có thể chép từ tệp mẫu)',
      'Tiêu chí: thiếu trang tính “Tiêu chí”: hãy thêm trang tính này (có thể chép từ tệp mẫu)',
    ]);
    expect(data.staff).toEqual([]);
    expect(data.config.decimals).toBe(2);
  });

  it('sheets that are entirely empty: missing columns', () => {
    const { problems } = read((s) => {
      s['Đơn vị'] = [];
      s['Hội đồng'] = [[]];
    });
    expect(lines(problems)).toEqual([
      'Đơn vị!A1: thiếu cột “Mã đơn vị”: hãy thêm cột này vào dòng tiêu đề (dòng 1)',
      'Đơn vị!A1: thiếu cột “Tên đơn vị”: hãy thêm cột này vào dòng tiêu đề (dòng 1)',
      'Hội đồng!A1: thiếu cột “Mã thành viên”: hãy thêm cột này vào dòng tiêu đề (dòng 1)',
      'Hội đồng!A1: thiếu cột “Họ và tên”: hãy thêm cột này vào dòng tiêu đề (dòng 1)',
    ]);
  });

  it('a missing required column', () => {
    const { problems } = read((s) => {
      s['Cán bộ'] = s['Cán bộ'].map((row) => row.filter((_, c) => c !== 2));
    });
    expect(lines(problems)).toEqual(['Cán bộ!A1: thiếu cột “Mã đơn vị”: hãy thêm cột này vào dòng tiêu đề (dòng 1)']);
  });

  it('duplicate codes, case-insensitively', () => {
    const { data, problems } = read((s) => {
      s['Cán bộ'].push(['cb001', 'Người Trùng', 'T2']);
      s['Đơn vị'].push([' t2 ', 'Tổ Văn 2']);
    });
    expect(lines(problems)).toEqual([
      'Đơn vị!A4: Mã đơn vị “t2” trùng với dòng 3: dòng này bị bỏ qua. Hãy sửa mã cho khác, hoặc xóa dòng thừa',
      'Cán bộ!A5: Mã CB “cb001” trùng với dòng 2: dòng này bị bỏ qua. Hãy sửa mã cho khác, hoặc xóa dòng thừa',
    ]);
    expect(data.staff).toHaveLength(3);
    expect(data.units).toHaveLength(2);
  });

  it('a staff row without a unit, or with an unknown unit', () => {
    const { data, problems } = read((s) => {
      s['Cán bộ'].push(['CB004', 'Vũ Thị Em', '']);
      s['Cán bộ'].push(['CB005', 'Đỗ Văn Phúc', 'T9']);
    });
    expect(lines(problems)).toEqual([
      'Cán bộ!C5: cán bộ chưa có Mã đơn vị: dòng này bị bỏ qua. Hãy điền mã một đơn vị của trang tính “Đơn vị”',
      'Cán bộ!C6: không có đơn vị “T9” trong trang tính “Đơn vị”: hãy sửa mã, hoặc thêm đơn vị này vào trang tính “Đơn vị”',
    ]);
    expect(data.staff.map((p) => p.id)).toEqual(['CB001', 'CB002', 'CB003']);
  });

  it('a row missing its code or name', () => {
    const { problems } = read((s) => {
      s['Đơn vị'].push(['', 'Tổ Anh']);
      s['Hội đồng'].push(['TV03', '']);
    });
    expect(lines(problems)).toEqual([
      'Đơn vị!A4: thiếu Mã đơn vị: dòng này bị bỏ qua. Hãy điền Mã đơn vị',
      'Hội đồng!B4: thiếu Họ và tên: dòng này bị bỏ qua. Hãy điền Họ và tên',
    ]);
  });

  it('unknown staff code of a member', () => {
    const { problems } = read((s) => {
      s['Hội đồng'][2][2] = 'CB999';
    });
    expect(lines(problems)).toEqual([
      'Hội đồng!C3: không có cán bộ “CB999” trong trang tính “Cán bộ”: hãy sửa Mã CB, hoặc để trống nếu thành viên không phải cán bộ của trường',
    ]);
  });

  it('numbers that are not numbers, out-of-range cell values', () => {
    const { data, problems } = read((s) => {
      s['Cán bộ'][1][6] = 'mười';
      s['Cán bộ'][2][6] = 13;
      s['Khen thưởng'][1][5] = 2.5;
    });
    expect(lines(problems)).toEqual([
      'Cán bộ!G2: “mười” không phải là số: hãy nhập một số, ví dụ 8 hoặc 8,5',
      'Cán bộ!G3: 13 lớn hơn mức tối đa 12: hãy nhập một số không quá 12',
      'Khen thưởng!F2: 2,5 không phải là số nguyên: hãy nhập một số nguyên, ví dụ 3',
    ]);
    expect(data.staff[0].monthsWorked).toBe(12);
    expect(data.awards[0].count).toBeNull();
  });

  it('criteria: weight ≤ 0, max ≤ min, missing max, unknown phase', () => {
    const { data, problems } = read((s) => {
      s['Tiêu chí'].push(['TC03', 'Trọng số âm', '', '', 10, -1, '', '']);
      s['Tiêu chí'].push(['TC04', 'Trọng số 0', '', '', 10, 0, '', '']);
      s['Tiêu chí'].push(['TC05', 'Tối đa nhỏ', '', 5, '5', '', '', '']);
      s['Tiêu chí'].push(['TC06', 'Thiếu tối đa', '', '', '', '', '', '']);
      s['Tiêu chí'].push(['TC07', 'Đợt lạ', '', '', 10, '', 'D1, D9', '']);
    });
    expect(lines(problems)).toEqual([
      'Tiêu chí!F5: trọng số -1 phải lớn hơn 0: tiêu chí này bị bỏ qua. Hãy nhập trọng số lớn hơn 0 (để trống: 1)',
      'Tiêu chí!F6: trọng số 0 phải lớn hơn 0: tiêu chí này bị bỏ qua. Hãy nhập trọng số lớn hơn 0 (để trống: 1)',
      'Tiêu chí!E7: điểm tối đa 5 phải lớn hơn điểm tối thiểu 5: tiêu chí này bị bỏ qua. Hãy sửa Điểm tối đa hoặc Điểm tối thiểu',
      'Tiêu chí!E8: thiếu Điểm tối đa: dòng này bị bỏ qua. Hãy điền Điểm tối đa',
      'Tiêu chí!G9: không có đợt “D9” trong trang tính “Đợt thi đua”: hãy sửa mã đợt, hoặc thêm đợt này vào trang tính “Đợt thi đua”',
    ]);
    expect(data.criteria.map((c) => c.id)).toEqual(['TC01', 'TC02', 'TT01', 'TC07']);
    expect(data.criteria[3].phases).toEqual(['D1']);
  });

  it('bands not descending: a warning, and the bands are sorted', () => {
    const { data, problems } = read((s) => {
      s['Xếp loại'] = [
        ['Xếp loại', 'Điểm từ'],
        ['Khá', 65],
        ['Tốt', 80],
        ['Đạt', 50],
      ];
    });
    expect(lines(problems)).toEqual([
      '(cảnh báo) Xếp loại!B3: các mức xếp loại phải theo điểm giảm dần: “Tốt” (80) đứng sau “Khá” (65). Hãy sắp lại các dòng, mức điểm cao nhất trước',
    ]);
    expect(data.bands.map((b) => b.name)).toEqual(['Tốt', 'Khá', 'Đạt']);
  });

  it('awards: unknown phase, duplicate, unknown award references', () => {
    const { data, problems } = read((s) => {
      s['Khen thưởng'][1][8] = 'GKTT, XYZ';
      s['Khen thưởng'].push(['D9', 'GK', 'Giấy khen', '', '', '', '', '', '', '']);
      s['Khen thưởng'].push(['d1', 'gk', 'Giấy khen lần 2', '', '', '', '', '', '', '']);
    });
    expect(lines(problems)).toEqual([
      'Khen thưởng!A4: không có đợt “D9” trong trang tính “Đợt thi đua”: hãy sửa mã đợt, hoặc thêm đợt này vào trang tính “Đợt thi đua”',
      'Khen thưởng!B5: Mã khen thưởng “gk” trùng với dòng 2: dòng này bị bỏ qua. Hãy sửa mã cho khác, hoặc xóa dòng thừa',
      'Khen thưởng!I2: không có khen thưởng “XYZ” của đợt D1 trong trang tính “Khen thưởng”: hãy sửa mã cho đúng một Mã khen thưởng của đợt D1',
    ]);
    expect(data.awards.map((a) => a.code)).toEqual(['GK', 'GKTT']);
    expect(data.awards[0].requiredAwards).toEqual(['GKTT', 'XYZ']);
  });

  it('registrations: unknown participant and catalogue codes', () => {
    const { problems } = read((s) => {
      s['Đăng ký'].push(['CB999', 'LDTT']);
      s['Đăng ký'].push(['CB002', 'LDTT, CSTD']);
    });
    expect(lines(problems)).toEqual([
      'Đăng ký!A4: không có cán bộ hay đơn vị “CB999” (trang tính “Cán bộ”, trang tính “Đơn vị”): hãy sửa mã cho đúng Mã CB hoặc Mã đơn vị',
      'Đăng ký!B5: không có “CSTD” trong trang tính “Danh mục”: hãy sửa mã, hoặc thêm mã này vào trang tính “Danh mục”',
    ]);
  });

  it('cards: unknown phase or member in the sheet name', () => {
    const { data, problems } = read((s) => {
      s['Chấm D9 TV01'] = [
        ['Mã', 'TC01'],
        ['CB001', 5],
      ];
      s['Chấm TT D1 TV09'] = [
        ['Mã', 'TT01'],
        ['T1', 5],
      ];
    });
    expect(lines(problems)).toEqual([
      'Chấm D9 TV01!A1: phiếu chấm của đợt “D9” không có trong trang tính “Đợt thi đua”: trang tính này bị bỏ qua. Hãy sửa mã đợt trong tên trang tính',
      'Chấm TT D1 TV09!A1: phiếu chấm của thành viên “TV09” không có trong trang tính “Hội đồng”: trang tính này bị bỏ qua. Hãy sửa mã thành viên trong tên trang tính',
    ]);
    expect(data.cards).toHaveLength(2);
  });

  it('cards: unknown criterion column, wrong kind, unknown row code, non-number mark, duplicate row', () => {
    const { data, problems } = read((s) => {
      s['Chấm D1 TV02'] = [
        ['Mã', 'Họ và tên', 'Đơn vị', 'TC01', 'TC02', 'TC99', 'TT01', 'Ghi chú'],
        ['CB001', '', '', 9, 'chín', 1, 1, 'tốt'],
        ['CB999', '', '', 9, 9, '', '', ''],
        ['CB003', '', '', 'abc', 9, '', '', ''], // inactive: ignored silently
        ['cb001', '', '', 7, 7, '', '', ''],
      ];
    });
    expect(lines(problems)).toEqual([
      'Chấm D1 TV02!F1: cột “TC99” không phải mã tiêu chí trong trang tính “Tiêu chí”: cột này bị bỏ qua. Hãy sửa tiêu đề cho đúng Mã tiêu chí',
      'Chấm D1 TV02!G1: tiêu chí “TT01” dành cho Tập thể, không chấm trên phiếu này: cột này bị bỏ qua. Hãy chuyển cột sang phiếu chấm Tập thể',
      'Chấm D1 TV02!E2: điểm “chín” không phải là số: không tính. Hãy nhập điểm bằng số, ví dụ 8 hoặc 8,5',
      'Chấm D1 TV02!A3: không có cán bộ “CB999” trong trang tính “Cán bộ”: dòng này bị bỏ qua. Hãy sửa Mã CB',
      'Chấm D1 TV02!A5: “CB001” đã có ở dòng 2: dòng này bị bỏ qua. Hãy xóa dòng thừa',
    ]);
    const card = data.cards.find((c) => c.kind === 'staff')!;
    expect(card.participantIds).toEqual(['CB001']);
    expect(Array.from(card.values)).toEqual([9, NaN]);
  });

  it('cards: a criterion that does not apply to the phase is a warning', () => {
    const { problems } = read((s) => {
      s['Tiêu chí'][2][6] = 'CN';
    });
    expect(lines(problems)).toEqual([
      '(cảnh báo) Chấm D1 TV02!E1: tiêu chí “TC02” không áp dụng cho đợt D1: cột này bị bỏ qua. Hãy xóa cột, hoặc thêm D1 vào “Đợt áp dụng” của tiêu chí',
    ]);
  });

  it('votes: unknown member column, unknown participant and award, invalid cell, unknown phase', () => {
    const { data, problems } = read((s) => {
      s['Phiếu D1'] = [
        ['Mã', 'Họ và tên', 'Mã khen thưởng', 'TV01', 'TV02', 'TV07'],
        ['CB001', '', 'GK', 'Đ', 'có', 'Đ'],
        ['CB999', '', 'GK', 'Đ', '', ''],
        ['T1', '', 'XX', 'Đ', '', ''],
        ['T1', '', 'gktt', 'Đ', 'Đ', ''],
      ];
      s['Phiếu D9'] = [['Mã', 'Mã khen thưởng']];
    });
    expect(lines(problems)).toEqual([
      'Phiếu D1!F1: cột “TV07” không phải mã thành viên trong trang tính “Hội đồng”: cột này bị bỏ qua. Hãy sửa tiêu đề cho đúng Mã thành viên',
      'Phiếu D1!E2: “có” không hợp lệ: hãy ghi Đ (đồng ý), K (không đồng ý) hoặc để trống',
      'Phiếu D1!A3: không có cán bộ hay đơn vị “CB999”: dòng này bị bỏ qua. Hãy sửa mã cho đúng Mã CB hoặc Mã đơn vị',
      'Phiếu D1!C4: không có khen thưởng “XX” của đợt D1: dòng này bị bỏ qua. Hãy sửa cho đúng một Mã khen thưởng của đợt D1',
      'Phiếu D9!A1: phiếu biểu quyết của đợt “D9” không có trong trang tính “Đợt thi đua”: trang tính này bị bỏ qua. Hãy sửa mã đợt trong tên trang tính',
    ]);
    expect(data.votes[0].rows).toEqual([
      { participantId: 'CB001', awardCode: 'GK', agree: 1, row: 2, marks: ['agree', 'invalid'] },
      { participantId: 'T1', awardCode: 'GKTT', agree: 2, row: 5, marks: ['agree', 'agree'] },
    ]);
  });

  it('config: unknown parameter is a warning, bad choices are errors and keep the default', () => {
    const { data, problems } = read((s) => {
      s['Cấu hình'].push(['Cách phân bổ chỉ tiêu', 'sainte-laguë'], ['Tham số lạ', 1], ['Cách tổng hợp điểm', 'Tổng']);
    });
    expect(lines(problems)).toEqual([
      '(cảnh báo) Cấu hình!A7: tham số “Tham số lạ” không được dùng: hãy sửa tên tham số cho đúng cột “Tham số” của mẫu, hoặc xóa dòng này',
      'Cấu hình!B8: “Tổng” không hợp lệ: hãy chọn một trong Trung bình, Bỏ cao nhất và thấp nhất, Trung vị',
    ]);
    expect(data.config.apportionment).toBe('sainte-lague');
    expect(data.config.aggregation).toBe('median');
  });

  it('two sheets whose names match alike: the second is ignored', () => {
    const { problems } = read((s) => {
      s['CÁN BỘ'] = [['Mã CB']];
    });
    expect(lines(problems)).toEqual([
      'CÁN BỘ!A1: trang tính “CÁN BỘ” trùng tên với trang tính “Cán bộ”: trang tính này bị bỏ qua. Hãy đổi tên hoặc xóa một trong hai trang tính',
    ]);
  });

  it('registrations without a catalogue: a warning, codes not checked', () => {
    const { data, problems } = read((s) => {
      delete s['Danh mục'];
    });
    expect(lines(problems)).toEqual([
      '(cảnh báo) Đăng ký!A1: không có trang tính “Danh mục”: không kiểm tra được mã danh mục. Hãy thêm trang tính “Danh mục” (có thể chép từ tệp mẫu)',
    ]);
    expect(data.registrations.map((r) => r.codes)).toEqual([['LDTT'], ['TTLDTT']]);
  });

  it('a missing optional sheet takes defaults without problems', () => {
    const { data, problems } = read((s) => {
      delete s['Cấu hình'];
      delete s['Xếp loại'];
      delete s['Khen thưởng'];
      delete s['Phiếu D1'];
    });
    expect(lines(problems)).toEqual([]);
    expect(data.config.aggregation).toBe('mean');
    expect(data.bands).toEqual([]);
    expect(data.awards).toEqual([]);
  });
});

describe('large and malformed sheets', () => {
  it('skips 10 000 blank rows and keeps row numbers', () => {
    const { data, problems } = read((s) => {
      const blanks = Array.from({ length: 10000 }, () => ['', null, '  ', null, null, null, null, null, null, null, null]);
      s['Cán bộ'] = [s['Cán bộ'][0], ...blanks, ...s['Cán bộ'].slice(1)];
    });
    expect(lines(problems)).toEqual([]);
    expect(data.staff.map((p) => p.row)).toEqual([10002, 10003, 10004]);
  });

  it('survives ragged rows, non-array rows and odd cell types', () => {
    const wb = new MemoryWorkbook({
      'Đơn vị': [['Mã đơn vị', 'Tên đơn vị'], ['T1'], ['T2', 'Tổ Văn', 'thừa', 'thừa']],
      'Cán bộ': [
        ['Mã CB', 'Họ và tên', 'Mã đơn vị'],
        [true, new Date(NaN), 'T2'],
      ],
      'Hội đồng': [],
      'Đợt thi đua': [['Mã đợt', 'Tên đợt']],
      'Tiêu chí': [['#REF!', 'Mã tiêu chí', 'Nội dung', 'Điểm tối đa']],
    });
    const { problems } = readSchool(wb);
    expect(lines(problems)).toEqual([
      'Đơn vị!B2: thiếu Tên đơn vị: dòng này bị bỏ qua. Hãy điền Tên đơn vị',
      'Hội đồng!A1: thiếu cột “Mã thành viên”: hãy thêm cột này vào dòng tiêu đề (dòng 1)',
      'Hội đồng!A1: thiếu cột “Họ và tên”: hãy thêm cột này vào dòng tiêu đề (dòng 1)',
      'Tiêu chí!A1: công thức lỗi #REF!: hãy sửa công thức (hoặc nhập thẳng giá trị) ở ô này', // issue 12: an error in the header row may hide a column
    ]);
  });

  it('reports an adapter failure instead of throwing', () => {
    const wb = new MemoryWorkbook(schoolSheets());
    wb.read = () => {
      throw new Error('hết hạn mức');
    };
    const { problems } = readSchool(wb);
    expect(problems.length).toBeGreaterThan(0);
  });
});

describe('Kỷ luật', () => {
  it('reads blank, Không and 0 as none and level names like headers, silently', () => {
    const { data, problems } = read((s) => {
      s['Cán bộ'][1][7] = ' KHIỂN   TRÁCH '.normalize('NFD');
      s['Cán bộ'][2][7] = 0;
      s['Cán bộ'][3][7] = 'không';
    });
    expect(lines(problems)).toEqual([]);
    expect(data.staff.map((p) => p.discipline)).toEqual([1, 0, 0]);
  });

  it('other text is above every level, with a warning saying so (a typo would otherwise go unseen)', () => {
    const { data, problems } = read((s) => {
      s['Cán bộ'][2][7] = 'Khiển trach';
    });
    expect(data.staff[1]).toMatchObject({ discipline: 7, disciplineText: 'Khiển trach' });
    expect(lines(problems)).toEqual([
      '(cảnh báo) Cán bộ!H3: “Khiển trach” không phải một mức kỷ luật: coi như nặng hơn mọi mức. Hãy chọn một trong Khiển trách, Cảnh cáo, Hạ bậc lương, Giáng chức, Cách chức, Buộc thôi việc, hoặc để trống',
    ]);
  });
});
