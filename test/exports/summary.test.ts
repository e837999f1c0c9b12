import { registrationSummary } from '../../src/documents/summary';
import { formatCell } from '../../src/core/cellref';
import { school } from './fixture';
import { findCell, mergeAt, rowsWith, styleAt } from './helpers';
import { REGISTRATION_NEXT_STEP } from '../../src/core/conditions/messages';

const today = new Date(2026, 0, 5);

describe('Tổng hợp đăng ký', () => {
  const { sheet, warnings } = registrationSummary(school(), today);
  const at = (text: string) => {
    const cell = findCell(sheet, text);
    if (!cell) throw new Error(`no cell ${text}`);
    return cell;
  };

  test('the Decree 30 header: managing body and school left, national name and motto right, each with its rule', () => {
    expect(sheet.name).toBe('Tổng hợp đăng ký');
    expect(sheet.rows[0].filter((v) => v !== null)).toEqual(['UBND PHƯỜNG AN PHÚ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(sheet.rows[1].filter((v) => v !== null)).toEqual(['TRƯỜNG TIỂU HỌC HOA SEN', 'Độc lập - Tự do - Hạnh phúc']);
    const school = at('TRƯỜNG TIỂU HỌC HOA SEN');
    const motto = at('Độc lập - Tự do - Hạnh phúc');
    expect(styleAt(sheet, school.row, school.col).bold).toBe(true);
    expect(styleAt(sheet, 1, at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').col).bold).toBe(true);
    expect(styleAt(sheet, motto.row, motto.col)).toMatchObject({ bold: true, underline: true });
    // the school's rule: an underline, or a bottom border on the row below, inside the left block
    const left = mergeAt(sheet, school.row, school.col);
    const rule =
      styleAt(sheet, school.row, school.col).underline === true ||
      [...Array(left).keys()].some((c) => styleAt(sheet, 3, c + 1).border === 'bottom');
    expect(rule).toBe(true);
    expect(motto.col).toBe(left + 1);
  });

  test('Số and the italic place-and-date line (zero before days < 10 and months 1–2)', () => {
    const line = at('An Phú, ngày 05 tháng 01 năm 2026');
    expect(styleAt(sheet, line.row, line.col).italic).toBe(true);
    expect(sheet.rows[line.row - 1].some((v) => typeof v === 'string' && /^Số:\s+\/BC-THHS$/.test(v))).toBe(true);
    const { sheet: later } = registrationSummary(school(), new Date(2026, 10, 20));
    expect(findCell(later, 'An Phú, ngày 20 tháng 11 năm 2026')).not.toBeNull();
  });

  test('title and school year, then staff with a column per individual catalogue entry marked x', () => {
    expect(findCell(sheet, 'TỔNG HỢP ĐĂNG KÝ THI ĐUA')).not.toBeNull();
    const header = rowsWith(sheet, 'Họ và tên')[0].filter((v) => v !== null);
    expect(header).toEqual([
      'TT',
      'Họ và tên',
      'Ngày sinh',
      'Chức vụ',
      'Đơn vị',
      'Lao động tiên tiến',
      'Chiến sĩ thi đua cơ sở',
      'Giấy khen Hiệu trưởng',
      'Tên sáng kiến, đề tài',
      'Ghi chú',
    ]);
    const an = rowsWith(sheet, 'Nguyễn Thị An')[0];
    expect(an.slice(0, 9)).toEqual([1, 'Nguyễn Thị An', null, 'Tổ trưởng', 'Tổ Khối 1', 'x', 'x', null, 'Dạy đọc hiểu qua trò chơi']);
    // the birth date, as dd/mm/yyyy text, tells people apart at the receiving office
    const dated = school();
    dated.staff[0].birthDate = '1985-03-07';
    const { sheet: withDate } = registrationSummary(dated, today);
    expect(rowsWith(withDate, 'Nguyễn Thị An')[0].slice(1, 3)).toEqual(['Nguyễn Thị An', '07/03/1985']);
    // inactive staff and unknown codes are left out
    expect(findCell(sheet, 'Trịnh Văn Hải')).toBeNull();
    const names = sheet.rows.filter((r) => typeof r[0] === 'number' && typeof r[1] === 'string').map((r) => r[1]);
    expect(names).toEqual([
      'Nguyễn Thị An',
      'Lê Văn Bình',
      'Phạm Thị Cúc',
      'Hoàng Văn Dũng',
      'Đỗ Thị Én',
      '=HYPERLINK("http://x")',
      'Vũ Thị Giang',
      'Tổ Khối 1',
      'Tổ Khối 2',
      'Tổ Khối 3',
    ]);
  });

  test('totals per column, for staff and for units', () => {
    const staffTotal = rowsWith(sheet, 'Tổng cộng: 7 cá nhân')[0];
    expect(staffTotal.filter((v) => typeof v === 'number')).toEqual([7, 3, 1, 2]);
    const unitTotal = rowsWith(sheet, 'Tổng cộng: 3 tập thể')[0];
    expect(unitTotal.filter((v) => typeof v === 'number')).toEqual([3, 2]);
    const t = at('Tổng cộng: 7 cá nhân');
    expect(styleAt(sheet, t.row, t.col)).toMatchObject({ bold: true, border: 'all' });
  });

  test('the table header repeats on each printed page only when the table runs over a page', () => {
    expect(sheet.page).toMatchObject({ paper: 'A4', fitToWidth: true });
    expect(sheet.page?.margins.left).toBeCloseTo(3 / 2.54);
    const big = school();
    for (let i = 0; i < 60; i++) {
      big.staff.push({ ...big.staff[1], id: `X${i}`, name: `Người số ${i}`, row: 20 + i });
      big.registrations.push({ id: `X${i}`, codes: ['LĐTT'], initiativeName: '', note: '', row: 20 + i });
    }
    const long = registrationSummary(big, today).sheet;
    const head = findCell(long, 'Họ và tên');
    expect(long.page?.repeatRows).toEqual({ first: head?.row, last: head?.row });
    expect(styleAt(long, head!.row, head!.col)).toMatchObject({ bold: true, align: 'center', border: 'all' });
  });

  test('a registration that visibly misses a condition is noted in Ghi chú and warned about at its Đăng ký row', () => {
    const binh = rowsWith(sheet, 'Lê Văn Bình')[0];
    expect(binh[binh.length - 1]).toBe('Chiến sĩ thi đua cơ sở: chưa được xếp loại HTXSNV và chưa có sáng kiến');
    const dung = rowsWith(sheet, 'Hoàng Văn Dũng')[0];
    expect(dung[dung.length - 1]).toBe('Lao động tiên tiến: mới 5 tháng công tác, cần 10 tháng');
    const en = rowsWith(sheet, 'Đỗ Thị Én')[0];
    expect(en[en.length - 1]).toBe('Đăng ký bổ sung; Lao động tiên tiến: đang bị kỷ luật (Khiển trách)');
    const lines = warnings.map((w) => `${w.where ? formatCell(w.where) : ''} ${w.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        `Đăng ký!B3 Lê Văn Bình đăng ký Chiến sĩ thi đua cơ sở nhưng chưa được xếp loại HTXSNV và chưa có sáng kiến. ${REGISTRATION_NEXT_STEP}`,
        `Đăng ký!B5 Hoàng Văn Dũng đăng ký Lao động tiên tiến nhưng mới 5 tháng công tác, cần 10 tháng. ${REGISTRATION_NEXT_STEP}`,
        `Đăng ký!B6 Đỗ Thị Én đăng ký Lao động tiên tiến nhưng đang bị kỷ luật (Khiển trách). ${REGISTRATION_NEXT_STEP}`,
        `Đăng ký!B11 Tổ Khối 3 đăng ký Tập thể lao động xuất sắc nhưng thành viên Đỗ Thị Én bị kỷ luật (Khiển trách). ${REGISTRATION_NEXT_STEP}`,
        'Đăng ký!A12 Mã ZZ9 không có trong trang tính “Cán bộ” hay “Đơn vị”: dòng đăng ký không được đưa vào báo cáo. Hãy sửa mã, hoặc thêm người (đơn vị) đó',
        'Đăng ký!B13 Mã danh mục XYZ không có trong trang tính “Danh mục”: không được đưa vào báo cáo. Hãy thêm XYZ vào “Danh mục”, hoặc sửa mã đăng ký',
      ]),
    );
    // met conditions are not flagged: An is HTXSNV, Cúc has a recognised initiative, Giang is not yet rated
    expect(lines.some((l) => /Nguyễn Thị An|Phạm Thị Cúc|Vũ Thị Giang/.test(l))).toBe(false);
  });

  test('Nơi nhận lists the configured recipient first, then the archive; the principal signs', () => {
    const label = at('Nơi nhận:');
    expect(styleAt(sheet, label.row, label.col)).toMatchObject({ bold: true, italic: true });
    expect(sheet.rows[label.row][0]).toBe('- UBND phường An Phú;');
    expect(sheet.rows[label.row + 1][0]).toBe('- Lưu: VT, TĐKT.');
    const title = at('HIỆU TRƯỞNG');
    expect(title.row).toBe(label.row);
    const name = at('Trần Thị Minh Nguyệt');
    expect(name.row).toBeGreaterThan(title.row + 3);
    expect(styleAt(sheet, name.row, name.col).bold).toBe(true);
    const other = school();
    other.config.recipient = 'Sở GD&ĐT tỉnh Đồng Nai';
    expect(findCell(registrationSummary(other, today).sheet, '- Sở GD&ĐT tỉnh Đồng Nai;')).not.toBeNull();
  });

  test('Times New Roman everywhere; widths and heights for every column and row', () => {
    expect(styleAt(sheet, 1, 1).fontFamily).toBe('Times New Roman');
    expect(styleAt(sheet, sheet.rows.length, sheet.rows[0].length).fontFamily).toBe('Times New Roman');
    expect(sheet.columnWidths).toHaveLength(sheet.rows[0].length);
    expect(sheet.rowHeights).toHaveLength(sheet.rows.length);
    expect(sheet.rows.every((r) => r.length === sheet.rows[0].length)).toBe(true);
  });

  test('user text that looks like a formula is kept literal, as text; nothing the export computes is a formula', () => {
    const name = at('=HYPERLINK("http://x")');
    expect(styleAt(sheet, name.row, name.col).numberFormat).toBe('@');
    const row = sheet.rows[name.row - 1];
    expect(row).toContain('+ Sáng kiến');
    expect(row).toContain('-chú ý');
    const userText = new Set(['=HYPERLINK("http://x")', '+ Sáng kiến', '-chú ý']);
    sheet.rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (typeof v !== 'string' || !/^[=+\-@]/.test(v)) return;
        expect(styleAt(sheet, i + 1, j + 1).numberFormat).toBe('@');
        if (v.startsWith('=')) expect(userText.has(v)).toBe(true);
      }),
    );
    // the totals are numbers, never '=SUM(…)'
    expect(sheet.rows.flat().some((v) => typeof v === 'string' && /^=\s*[A-Z]+\(/.test(v) && !userText.has(v))).toBe(false);
  });

  test('without recipient or principal the export still works and says what is missing', () => {
    const data = school();
    data.config.recipient = '';
    data.config.principal = '';
    const result = registrationSummary(data, today);
    expect(result.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        'Chưa nhập “Nơi nhận báo cáo” ở trang tính “Cấu hình”: văn bản để trống nơi nhận. Hãy nhập nơi nhận, ví dụ: UBND phường …',
        'Chưa nhập “Hiệu trưởng” ở trang tính “Cấu hình”: văn bản để trống tên người ký. Hãy nhập họ và tên Hiệu trưởng',
      ]),
    );
  });
});
