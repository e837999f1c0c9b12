// The council warnings (issue 14): each fires on a workbook crafted to show it, at its cell, and none fires on the
// demo school; they never change a decision.
import { join } from 'node:path';
import { councilWarnings } from '../../src/core/council-warnings';
import type { SchoolData } from '../../src/core/model';
import { openXlsx } from '../../src/node/xlsx/index';
import { readSchool } from '../../src/workbook/read-school';
import { validateData } from '../../src/workbook/service';
import { demoSheets } from '../../sheets-templates/demo-school';
import { MemoryWorkbook } from '../workbook/memory-workbook';

const demo = (): SchoolData => readSchool(openXlsx(join(__dirname, '../../sheets-templates/demo.xlsx'))).data;
const messages = (data: SchoolData): string[] =>
  councilWarnings(data).map((p) => `${p.where?.sheet ?? ''}!${p.where?.row ?? ''}: ${p.message}`);

describe('council warnings', () => {
  const base = demo();
  const copy = (): SchoolData => ({ ...base, cards: base.cards.map((c) => ({ ...c, values: Float64Array.from(c.values) })) });

  test('none on the demo school', () => {
    expect(councilWarnings(base)).toEqual([]);
  });

  test('an even council, at Hội đồng!A1', () => {
    const data = { ...copy(), members: base.members.slice(0, 6) };
    const found = councilWarnings(data).filter((p) => p.message.includes('số chẵn'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', where: { sheet: 'Hội đồng', row: 1, col: 1 } });
    expect(found[0].message).toContain('Hội đồng có 6 thành viên (số chẵn); Điều lệ trường quy định số lẻ');
  });

  test('HTXSNV above the cap, exactly: 20% passes, one more does not', () => {
    const rated = base.staff.filter((s) => s.active && s.rating !== null && s.rating >= 3);
    const excellent = rated.filter((s) => s.rating === 4).length;
    // cap at exactly the demo's share: no warning; a hair below: a warning on the staff sheet
    const exact = (excellent * 100) / rated.length;
    expect(messages({ ...copy(), config: { ...base.config, excellentCapPercent: exact } }).filter((m) => m.includes('HTXSNV'))).toEqual([]);
    const over = messages({ ...copy(), config: { ...base.config, excellentCapPercent: Math.floor(exact) } }).filter((m) =>
      m.includes('HTXSNV'),
    );
    expect(over).toHaveLength(1);
    expect(over[0]).toMatch(new RegExp(`^Cán bộ!\\d+: ${excellent}/${rated.length} viên chức xếp loại HTXSNV`));
  });

  test('a member who scored nobody, a criterion nobody scored, a candidate marked by fewer than half', () => {
    const data = copy();
    // TV03 leaves every D2 staff card blank; nobody marks TC06 in D2; only TV01–TV03 mark CB013 in D2
    const tc06 = data.criteria.find((c) => c.id === 'TC06');
    for (const card of data.cards.filter((c) => c.phaseId === 'D2' && c.kind === 'staff')) {
      const width = card.criterionIds.length;
      card.participantIds.forEach((id, r) => {
        for (let c = 0; c < width; c += 1) {
          const blankMember = card.memberId === 'TV03';
          const blankCriterion = card.criterionIds[c] === 'TC06';
          const blankCandidate = id === 'CB013' && !['TV01', 'TV02'].includes(card.memberId);
          if (blankMember || blankCriterion || blankCandidate) card.values[r * width + c] = NaN;
        }
      });
    }
    const found = messages(data);
    expect(found.filter((m) => m.includes('chưa chấm điểm ai'))).toEqual([
      expect.stringMatching(
        /^Hội đồng!4: Thành viên .* \(TV03\) chưa chấm điểm ai trong phiếu chấm cá nhân đợt D2 \(trang tính “Chấm D2 TV03” còn trống\)\. Hãy /,
      ),
    ]);
    expect(found.filter((m) => m.includes('chưa được ai chấm'))).toEqual([
      `Tiêu chí!${tc06?.row}: Tiêu chí TC06 chưa được ai chấm trong đợt D2. Hãy kiểm tra cột TC06 trên các phiếu chấm, hoặc sửa cột “Đợt áp dụng” ở trang tính “Tiêu chí”`,
    ]);
    expect(found.filter((m) => m.includes('dưới một nửa'))).toEqual([
      expect.stringContaining('(CB013) chỉ được 2/7 thành viên Hội đồng chấm trong đợt D2'),
    ]);
  });

  test('a member without any card while the others have theirs (a deleted card sheet): at their row on Hội đồng', () => {
    const data = copy();
    data.cards = data.cards.filter((c) => !(c.phaseId === 'D3' && c.kind === 'unit' && c.memberId === 'TV05'));
    const tv05 = base.members.find((m) => m.id === 'TV05');
    const found = councilWarnings(data).filter((p) => p.message.includes('không có phiếu chấm'));
    expect(found).toEqual([
      {
        severity: 'warning',
        where: { sheet: 'Hội đồng', row: tv05?.row, col: 1 },
        message: expect.stringMatching(
          /^Thành viên .* \(TV05\) không có phiếu chấm tập thể đợt D3 \(không thấy trang tính “Chấm TT D3 TV05”\) trong khi các thành viên khác đã có: .*Hãy khôi phục/,
        ),
      },
    ]);
    // a phase where nobody has cards (the year end) says nothing
    expect(councilWarnings(data).filter((p) => p.message.includes('đợt CN'))).toEqual([]);
  });

  test('votes in the column of a member absent from the meeting, at that column’s header cell', () => {
    const data = copy();
    const sheet = base.votes.find((v) => v.phaseId === 'CN');
    const i = sheet?.members?.findIndex((m) => m.memberId === 'TV06') ?? -1;
    if (!sheet?.members || i < 0) throw new Error('demo ballots without TV06');
    // the demo's TV06 is absent and her column blank; two votes of hers make the warning
    data.votes = base.votes.map((v) =>
      v === sheet
        ? {
            ...v,
            rows: v.rows.map((r, n) => ({ ...r, marks: (r.marks ?? []).map((m, k) => (k === i && n < 2 ? ('agree' as const) : m)) })),
          }
        : v,
    );
    const found = councilWarnings(data).filter((p) => p.message.includes('vắng mặt'));
    expect(found).toEqual([
      {
        severity: 'warning',
        where: { sheet: 'Phiếu CN', row: 1, col: sheet.members[i].col },
        message: expect.stringMatching(
          /^Thành viên .* \(TV06\) vắng mặt ở cuộc họp .* nhưng có 2 phiếu ở cột này của trang tính “Phiếu CN”: .* Hãy xóa các phiếu trong cột này, hoặc ghi “Có” ở cột “Có mặt”/,
        ),
      },
    ]);
    // marked present: the votes are hers to cast
    const present = { ...data, members: data.members.map((m) => ({ ...m, present: true })) };
    expect(councilWarnings(present).filter((p) => p.message.includes('vắng mặt'))).toEqual([]);
  });

  test('a ballot for someone who did not register the title, and a registration outside the catalogue', () => {
    const data = copy();
    data.registrations = base.registrations.map((r) => (r.id === 'CB014' ? { ...r, codes: ['LDTT', 'XYZ'] } : r));
    const found = messages(data);
    const vote = data.votes.find((v) => v.phaseId === 'CN')?.rows.find((r) => r.participantId === 'CB014');
    expect(found.filter((m) => m.includes('phiếu bầu'))).toEqual([
      expect.stringMatching(new RegExp(`^Phiếu CN!${vote?.row}: .*\\(CB014\\) có trong phiếu bầu CSTDCS nhưng không đăng ký CSTDCS`)),
    ]);
    expect(found.filter((m) => m.includes('Danh mục'))).toEqual([
      expect.stringContaining('Mã XYZ đã đăng ký nhưng không có trong trang tính “Danh mục”. Hãy thêm XYZ'),
    ]);
  });

  test('one initiative behind two people’s CSTĐCS', () => {
    const data = copy();
    const first = base.registrations.find((r) => r.id === 'CB010');
    data.registrations = base.registrations.map((r) =>
      r.id === 'CB026' ? { ...r, initiativeName: ` ${first?.initiativeName.toUpperCase()} ` } : r,
    );
    const found = messages(data).filter((m) => m.includes('CV 5007'));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('(CB010) và');
    expect(found[0]).toContain('(CB026)');
  });
});

test('the sidebar check (validateData) reports them at their cells', () => {
  const sheets = Object.fromEntries(demoSheets().map((s) => [s.name, s.rows.map((r) => [...r])]));
  // an eighth member who scores nobody
  sheets['Hội đồng'].push(['TV08', 'Đặng Minh Khoa', '', '', 'Ủy viên', 'Có']);
  const view = validateData(new MemoryWorkbook(sheets));
  const lines = view.problems.map((p) => `${p.cell ?? ''}: ${p.message}`);
  expect(lines).toContain(
    'Hội đồng!A1: Hội đồng có 8 thành viên (số chẵn); Điều lệ trường quy định số lẻ. Hãy bổ sung hoặc bớt một thành viên ở trang tính “Hội đồng”',
  );
  const tv08 = lines.filter((l) => l.includes('Đặng Minh Khoa (TV08) không có phiếu chấm'));
  expect(tv08).toHaveLength(6);
  expect(tv08.every((l) => l.startsWith('Hội đồng!A9: '))).toBe(true);
});
