// The `Danh hiệu năm trước liên tục` / `Số năm liên tục` condition (issue 16): one registry entry, judged from
// `Lịch sử` in the tally and at registration.
import { CONDITIONS } from '../../src/core/conditions/registry';
import { consecutiveRun } from '../../src/core/conditions/consecutive-years';
import { registrationFlags } from '../../src/core/conditions/registration';
import type { HistoryRow, SchoolData } from '../../src/core/model';
import { tallyPhase } from '../../src/core/tally';
import { readSchool } from '../../src/workbook/read-school';
import { demoSheets } from '../../sheets-templates/demo-school';
import { MemoryWorkbook } from '../workbook/memory-workbook';

const row = (id: string, year: string, title: string): HistoryRow => ({ id, name: '', birthDate: '', year, title, rating: '', row: 2 });
const names = (code: string): string | undefined => (code === 'CSTĐCS' ? 'Chiến sĩ thi đua cơ sở' : undefined);

describe('consecutiveRun', () => {
  test('the years right before this one, without a gap, by code or by name, other titles ignored', () => {
    const history = [
      row('A', '2022-2023', 'Chiến sĩ thi đua cơ sở'),
      row('A', '2023–2024', 'CSTĐCS'),
      row('A', '2024-2025', 'Chiến sĩ thi đua cơ sở'),
      row('A', '2024-2025', 'Lao động tiên tiến'),
    ];
    expect(consecutiveRun(history, '2025-2026', ['CSTĐCS'], names)).toEqual([2022, 2023, 2024]);
    // a gap ends the run
    expect(
      consecutiveRun(
        history.filter((h) => h.year !== '2023–2024'),
        '2025-2026',
        ['CSTĐCS'],
        names,
      ),
    ).toEqual([2024]);
    // last year missing: no run at all
    expect(consecutiveRun(history, '2026-2027', ['CSTĐCS'], names)).toEqual([]);
    expect(consecutiveRun(history, 'năm nay', ['CSTĐCS'], names)).toEqual([]);
    // a rating: Bằng khen after 2 years of HTXSNV
    const rated = [
      { ...row('A', '2023-2024', ''), rating: 'HTXSNV' },
      { ...row('A', '2024-2025', 'Lao động tiên tiến'), rating: 'HTXSNV' },
    ];
    expect(consecutiveRun(rated, '2025-2026', ['HTXSNV'], names)).toEqual([2023, 2024]);
  });
});

function demo(): SchoolData {
  return readSchool(new MemoryWorkbook(Object.fromEntries(demoSheets().map((s) => [s.name, s.rows])))).data;
}

describe('in the registry', () => {
  test('one entry, for staff, with its two Khen thưởng columns', () => {
    const entry = CONDITIONS.entries.find((c) => c.name === 'Danh hiệu năm trước liên tục');
    expect(entry?.kind).toBe('staff');
    expect(entry?.columns.map((c) => c.header)).toEqual(['Danh hiệu năm trước liên tục', 'Số năm liên tục']);
  });

  test('the tally gives the reason; the registration warning lists the years there are', () => {
    const data = demo();
    expect(data.config.schoolYear).toBe('2025-2026');
    const rule = data.awards.find((a) => a.code === 'CSTDCS' && a.phaseId === 'CN');
    if (!rule) throw new Error('demo has no CSTDCS rule');
    Object.assign(rule, { priorTitles: ['CSTDCS'], consecutiveYears: 3 });
    const registered = data.registrations.find((r) => r.codes.some((c) => c === 'CSTDCS' || c === 'CSTĐCS'));
    if (!registered) throw new Error('nobody registered CSTĐCS');
    data.history = [row(registered.id, '2023-2024', 'Chiến sĩ thi đua cơ sở'), row(registered.id, '2024-2025', 'CSTDCS')];
    const flags = registrationFlags(data).filter((f) => f.id === registered.id);
    expect(flags.map((f) => f.why).join('; ')).toContain('chưa đủ 3 năm liên tục CSTDCS: 2023–2024, 2024–2025');
    const tally = tallyPhase(data, 'CN');
    const p = tally.participants.find((x) => x.id === registered.id);
    expect(p?.awards).not.toContain('CSTDCS');
    expect(Object.values(p?.reasons ?? {}).join('; ')).toContain('Chưa đủ 3 năm liên tục CSTDCS (2023–2024, 2024–2025)');
    // with the third year, the condition no longer stands in the way
    data.history.push(row(registered.id, '2022-2023', 'Chiến sĩ thi đua cơ sở'));
    expect(
      registrationFlags(data)
        .filter((f) => f.id === registered.id)
        .map((f) => f.why)
        .join('; '),
    ).not.toContain('năm liên tục');
  });
});
