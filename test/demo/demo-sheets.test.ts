// The generated sheets: the input sheets of SPEC §2 with the schema's headers, a full score card per member and
// phase, the ballots; the blank template; both deterministic.
import { COUNCIL, CRITERIA, activeStaff, demoSheets, registrations, scoredPhases, UNITS } from '../../sheets-templates/demo-school';
import { templateSheets } from '../../sheets-templates/template';
import { CARD_COLUMNS, SHEETS, VOTE_COLUMNS, cardSheetName, voteSheetName } from '../../src/workbook/schema';
import type { OutputSheet } from '../../src/workbook/port';
import { records, sheetNamed } from './memory-workbook';

const sheets = demoSheets();

function headers(sheet: OutputSheet): unknown[] {
  return sheet.rows[0];
}

function expectStyledTable(sheet: OutputSheet): void {
  expect(sheet.frozenRows).toBe(1);
  expect(sheet.columnWidths).toHaveLength(headers(sheet).length);
  const header = sheet.styles?.find((s) => s.range.row === 1);
  expect(header?.style.bold).toBe(true);
  expect(header?.style.fill).toMatch(/^#[0-9A-F]{6}$/i);
}

describe('demo workbook', () => {
  test('has every input sheet of SPEC §2 with the schema’s headers first, in order', () => {
    for (const spec of SHEETS) {
      const sheet = sheetNamed(sheets, spec.name);
      expect(headers(sheet).slice(0, spec.columns.length)).toEqual(spec.columns.map((c) => c.header));
      expectStyledTable(sheet);
    }
  });

  test('has a staff and a unit score card for every member and phase, each with every active participant fully marked', () => {
    const active = activeStaff();
    const bad: string[] = [];
    for (const phase of scoredPhases()) {
      for (const member of COUNCIL) {
        for (const kind of ['staff', 'unit'] as const) {
          const criteria = CRITERIA.filter((c) => c.kind === (kind === 'staff' ? 'Cá nhân' : 'Tập thể'));
          const card = sheetNamed(sheets, cardSheetName(phase.id, member.id, kind));
          expect(headers(card)).toEqual([...CARD_COLUMNS.map((c) => c.header), ...criteria.map((c) => c.id)]);
          const ids = kind === 'staff' ? active.map((s) => s.id) : UNITS.map((u) => u.id);
          expect(card.rows.slice(1).map((r) => r[0])).toEqual(ids);
          for (const row of card.rows.slice(1)) {
            criteria.forEach((c, i) => {
              const mark = row[CARD_COLUMNS.length + i];
              const ok = typeof mark === 'number' && mark >= c.min && mark <= c.max && Number.isInteger(mark * 2);
              if (!ok) bad.push(`${card.name} ${String(row[0])} ${c.id}: ${String(mark)}`);
            });
          }
          expectStyledTable(card);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  test('marks differ between members but stay close (a true level plus a small noise)', () => {
    const phase = scoredPhases()[0].id;
    const totals = COUNCIL.map((m) => {
      const card = sheetNamed(sheets, cardSheetName(phase, m.id, 'staff'));
      return card.rows.slice(1).map((r) => (r.slice(CARD_COLUMNS.length) as number[]).reduce((a, b) => a + b, 0));
    });
    const spreads = totals[0].map((_, i) => {
      const column = totals.map((t) => t[i]);
      return Math.max(...column) - Math.min(...column);
    });
    expect(spreads.some((s) => s > 0)).toBe(true);
    expect(Math.max(...spreads)).toBeLessThanOrEqual(20);
  });

  test('ballots hold only Đ and K, one column per member; the member absent from the meeting casts none', () => {
    const absent = COUNCIL.filter((m) => m.absent === true).map((m) => m.id);
    expect(absent).toEqual(['TV06']);
    for (const phase of ['D1', 'CN']) {
      const ballot = sheetNamed(sheets, voteSheetName(phase));
      expect(headers(ballot)).toEqual([...VOTE_COLUMNS.map((c) => c.header), ...COUNCIL.map((m) => m.id)]);
      COUNCIL.forEach((m, i) => {
        const cells = ballot.rows.slice(1).map((row) => row[VOTE_COLUMNS.length + i]);
        if (absent.includes(m.id)) expect(cells.filter((cell) => cell !== null)).toEqual([]);
        else expect(cells.filter((cell) => cell !== 'Đ' && cell !== 'K')).toEqual([]);
      });
    }
  });

  test('registrations are written for everyone', () => {
    expect(records(sheetNamed(sheets, 'Đăng ký')).map((r) => r['Mã'])).toEqual(registrations().map((r) => r.id));
  });

  test('no text cell starts like a formula', () => {
    const bad: string[] = [];
    for (const sheet of sheets) {
      for (const row of sheet.rows) {
        for (const cell of row) if (typeof cell === 'string' && /^[=+\-@]/.test(cell)) bad.push(`${sheet.name}: ${cell}`);
      }
    }
    expect(bad).toEqual([]);
  });

  test('is deterministic', () => {
    expect(JSON.stringify(demoSheets())).toBe(JSON.stringify(sheets));
  });
});

describe('blank template', () => {
  const template = templateSheets();

  test('has exactly the input sheets of the schema, header rows only except Cấu hình and Xếp loại', () => {
    expect(template.map((s) => s.name)).toEqual(SHEETS.map((s) => s.name));
    for (const spec of SHEETS) {
      const sheet = sheetNamed(template, spec.name);
      expect(headers(sheet).slice(0, spec.columns.length)).toEqual(spec.columns.map((c) => c.header));
      expectStyledTable(sheet);
      if (spec.name !== 'Cấu hình' && spec.name !== 'Xếp loại') expect(sheet.rows).toHaveLength(1);
    }
  });

  test('Cấu hình lists every parameter with its default', () => {
    const spec = SHEETS.find((s) => s.params)!;
    const rows = records(sheetNamed(template, spec.name));
    expect(rows.map((r) => r['Tham số'])).toEqual(spec.params!.map((p) => p.name));
    for (const p of spec.params!) {
      const value = rows.find((r) => r['Tham số'] === p.name)!['Giá trị'];
      if (p.default === undefined) expect(value).toBeNull();
      else expect(value).toBe(typeof p.default === 'boolean' ? (p.default ? 'Có' : 'Không') : p.default);
    }
  });

  test('Xếp loại holds the usual bands, highest first', () => {
    const bands = records(sheetNamed(template, 'Xếp loại'));
    expect(bands.map((b) => b['Xếp loại'])).toEqual(['Xuất sắc', 'Tốt', 'Khá', 'Đạt']);
    const from = bands.map((b) => b['Điểm từ'] as number);
    expect([...from].sort((a, b) => b - a)).toEqual(from);
  });
});
