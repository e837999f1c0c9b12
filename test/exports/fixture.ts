// A small school built by hand for the export tests: three tổ and the office, eight staff, a catalogue of three
// individual and two collective entries, year-end rules for LĐTT and CSTĐCS, and registrations that miss them.
import { noConditions } from '../../src/core/conditions/registry';
import { DEFAULT_CONFIG } from '../../src/core/model';
import type { AwardRule, CatalogEntry, Registration, SchoolData, Staff, Unit } from '../../src/core/model';
import type { PhaseTally } from '../../src/core/result';

export function unit(id: string, name: string, row: number): Unit {
  return { id, name, type: 'Tổ', row };
}

export function staff(id: string, name: string, unitId: string, row: number, more: Partial<Staff> = {}): Staff {
  return {
    id,
    name,
    unitId,
    position: 'Giáo viên',
    gender: 'Nữ',
    birthDate: '',
    email: '',
    monthsWorked: 12,
    discipline: 0,
    disciplineText: '',
    rating: 3,
    initiative: false,
    active: true,
    row,
    ...more,
  };
}

export function rule(phaseId: string, code: string, name: string, row: number, more: Partial<AwardRule> = {}): AwardRule {
  return {
    row,
    phaseId,
    code,
    name,
    kind: 'staff',
    method: 'standard',
    count: null,
    capPercent: null,
    capBase: null,
    targetPercent: null,
    ...noConditions(),
    splitByUnit: false,
    exclusionGroup: null,
    order: null,
    ...more,
  };
}

export function reg(id: string, codes: string[], row: number, initiativeName = '', note = ''): Registration {
  return { id, codes, initiativeName, note, row };
}

export const CATALOG: CatalogEntry[] = [
  { id: 'LĐTT', name: 'Lao động tiên tiến', type: 'title', kind: 'staff', row: 2 },
  { id: 'CSTĐCS', name: 'Chiến sĩ thi đua cơ sở', type: 'title', kind: 'staff', row: 3 },
  { id: 'GKHT', name: 'Giấy khen Hiệu trưởng', type: 'form', kind: 'staff', row: 4 },
  { id: 'TTLĐTT', name: 'Tập thể lao động tiên tiến', type: 'title', kind: 'unit', row: 5 },
  { id: 'TTLĐXS', name: 'Tập thể lao động xuất sắc', type: 'title', kind: 'unit', row: 6 },
];

export function school(): SchoolData {
  return {
    config: {
      ...DEFAULT_CONFIG,
      schoolName: 'Trường Tiểu học Hoa Sen',
      managingBody: 'UBND phường An Phú',
      schoolCode: 'THHS',
      place: 'An Phú',
      schoolYear: '2025-2026',
      principal: 'Trần Thị Minh Nguyệt',
      recipient: 'UBND phường An Phú',
      recipientEmail: 'vhxh.anphu@example.com',
    },
    units: [unit('T1', 'Tổ Khối 1', 2), unit('T2', 'Tổ Khối 2', 3), unit('T3', 'Tổ Khối 3', 4), unit('VP', 'Tổ Văn phòng', 5)],
    staff: [
      staff('CB01', 'Nguyễn Thị An', 'T1', 2, { position: 'Tổ trưởng', rating: 4 }),
      staff('CB02', 'Lê Văn Bình', 'T1', 3, { gender: 'Nam' }),
      staff('CB03', 'Phạm Thị Cúc', 'T2', 4, { initiative: true }),
      staff('CB04', 'Hoàng Văn Dũng', 'T2', 5, { gender: 'Nam', monthsWorked: 5 }),
      staff('CB05', 'Đỗ Thị Én', 'T3', 6, { discipline: 1, disciplineText: 'Khiển trách' }),
      staff('CB06', '=HYPERLINK("http://x")', 'T3', 7),
      staff('CB07', 'Vũ Thị Giang', 'VP', 8, { position: 'Kế toán', rating: null }),
      staff('CB08', 'Trịnh Văn Hải', 'VP', 9, { active: false }),
    ],
    members: [],
    phases: [
      { id: 'HK1', name: 'Học kỳ I', theme: '', from: '', to: '', type: 'phase', yearWeight: 1, row: 2 },
      { id: 'CN', name: 'Cả năm', theme: '', from: '', to: '', type: 'year', yearWeight: 1, row: 3 },
    ],
    criteria: [],
    bands: [],
    catalog: CATALOG.map((c) => ({ ...c })),
    awards: [
      rule('CN', 'LĐTT', 'Lao động tiên tiến', 2, { minRating: 3, minMonths: 10, noDiscipline: true }),
      rule('CN', 'CSTĐCS', 'Chiến sĩ thi đua cơ sở', 3, {
        needExcellentOrInitiative: true,
        requiredAwards: ['LĐTT'],
        method: 'quota',
        count: 2,
      }),
      rule('CN', 'TTLĐTT', 'Tập thể lao động tiên tiến', 4, { kind: 'unit', maxMemberDiscipline: 1 }),
      rule('CN', 'TTLĐXS', 'Tập thể lao động xuất sắc', 5, { kind: 'unit', maxMemberDiscipline: 0 }),
    ],
    registrations: [
      reg('CB01', ['LĐTT', 'CSTĐCS'], 2, 'Dạy đọc hiểu qua trò chơi'),
      reg('CB02', ['LĐTT', 'CSTĐCS'], 3),
      reg('CB03', ['LĐTT', 'CSTĐCS'], 4),
      reg('CB04', ['LĐTT'], 5),
      reg('CB05', ['LĐTT', 'GKHT'], 6, '', 'Đăng ký bổ sung'),
      reg('CB06', ['LĐTT'], 7, '+ Sáng kiến', '-chú ý'),
      reg('CB07', ['LĐTT'], 8),
      reg('CB08', ['LĐTT'], 9),
      reg('T1', ['TTLĐTT', 'TTLĐXS'], 10),
      reg('T3', ['TTLĐTT', 'TTLĐXS'], 11),
      reg('ZZ9', ['LĐTT'], 12),
      reg('T2', ['TTLĐTT', 'XYZ', 'GKHT'], 13),
    ],
    cards: [],
    votes: [],
  };
}

/** A year-end tally as the engine would return it: LĐTT to five, CSTĐCS to one with two tied at the cut. */
export function tally(): PhaseTally {
  const p = (
    id: string,
    name: string,
    unitId: string | null,
    score: number | null,
    rank: number | null,
    awards: string[],
    pending: string[] = [],
  ) => ({
    kind: unitId === null ? ('unit' as const) : ('staff' as const),
    id,
    name,
    unit: unitId,
    criteria: {},
    raw: null,
    score,
    band: null,
    rank,
    status: score === null ? ('missing' as const) : ('ok' as const),
    awards,
    pending,
    reasons: {},
  });
  return {
    phase: 'CN',
    participants: [
      p('CB01', 'Nguyễn Thị An', 'T1', 95.5, 1, ['LĐTT', 'CSTĐCS']),
      p('CB03', 'Phạm Thị Cúc', 'T2', 91.25, 2, ['LĐTT'], ['CSTĐCS']),
      p('CB02', 'Lê Văn Bình', 'T1', 91.25, 2, ['LĐTT'], ['CSTĐCS']),
      p('CB06', '=HYPERLINK("http://x")', 'T3', 80, 4, ['LĐTT']),
      p('CB07', 'Vũ Thị Giang', 'VP', 78.5, 5, ['LĐTT']),
      p('T1', 'Tổ Khối 1', null, 90, 1, ['TTLĐTT']),
    ],
    awards: [
      {
        code: 'LĐTT',
        name: 'Lao động tiên tiến',
        kind: 'staff',
        quota: null,
        recipients: ['CB01', 'CB03', 'CB02', 'CB06', 'CB07'],
        pending: [],
        open: 0,
      },
      { code: 'CSTĐCS', name: 'Chiến sĩ thi đua cơ sở', kind: 'staff', quota: 2, recipients: ['CB01'], pending: ['CB03', 'CB02'], open: 1 },
      { code: 'TTLĐTT', name: 'Tập thể lao động tiên tiến', kind: 'unit', quota: null, recipients: ['T1'], pending: [], open: 0 },
    ],
    problems: [],
  };
}
