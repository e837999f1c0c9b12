// A seeded synthetic school (for the benchmark and property tests): one `Đợt` phase D1 with a score card per council
// member for staff and for units, a year end CN, awards LĐTT, CSTĐCS, GKDX (split by unit), TTLĐTT, TTLĐXS.
import { noConditions } from './conditions/registry';
import { DEFAULT_CONFIG } from './model';
import type { AwardRule, Criterion, Member, Rating, SchoolData, ScoreCard, Staff, Unit, VoteRow } from './model';

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quốc', 'Thu', 'Hồng'];
const GIVEN = [
  'An',
  'Anh',
  'Ánh',
  'Bình',
  'Châu',
  'Chi',
  'Dũng',
  'Đạt',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hoa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Minh',
  'Nam',
  'Ngân',
  'Nhung',
  'Oanh',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thủy',
  'Trang',
  'Tuấn',
  'Uyên',
  'Vân',
  'Yến',
];

function code(prefix: string, i: number, width: number): string {
  return prefix + String(i + 1).padStart(width, '0');
}

function award(row: number, fields: Partial<AwardRule> & Pick<AwardRule, 'code' | 'name'>): AwardRule {
  return {
    row,
    phaseId: 'D1',
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
    ...fields,
  };
}

export function synthesize(opts: { staff: number; members: number; criteria: number; seed?: number }): SchoolData {
  const random = seededRandom(opts.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const unitCount = Math.max(1, Math.ceil(opts.staff / 12));
  const units: Unit[] = Array.from({ length: unitCount }, (_, i) => ({ id: code('T', i, 3), name: `Tổ ${i + 1}`, type: 'Tổ', row: i + 2 }));
  const staff: Staff[] = Array.from({ length: opts.staff }, (_, i) => {
    const woman = random() < 0.7;
    const roll = random();
    const rating: Rating | null = roll < 0.25 ? 4 : roll < 0.85 ? 3 : roll < 0.97 ? 2 : null;
    const discipline = random() < 0.02 ? 1 : 0;
    return {
      id: code('CB', i, 4),
      name: `${pick(FAMILY)} ${woman ? 'Thị' : pick(MIDDLE)} ${pick(GIVEN)}`,
      unitId: units[i % unitCount].id,
      position: 'Giáo viên',
      gender: woman ? 'Nữ' : 'Nam',
      birthDate: '',
      email: '',
      monthsWorked: random() < 0.05 ? 8 : 12,
      discipline,
      disciplineText: discipline ? 'Khiển trách' : '',
      rating,
      initiative: random() < 0.2,
      active: random() > 0.01,
      row: i + 2,
    };
  });
  const members: Member[] = Array.from({ length: opts.members }, (_, i) => ({
    id: code('TV', i, 2),
    name: staff[i % Math.max(1, staff.length)]?.name ?? `Thành viên ${i + 1}`,
    email: '',
    staffId: i < staff.length ? staff[i].id : '',
    role: i === 0 ? 'Chủ tịch' : 'Ủy viên',
    row: i + 2,
  }));
  const staffCriteria: Criterion[] = Array.from({ length: opts.criteria }, (_, i) => ({
    id: code('TC', i, 2),
    text: `Tiêu chí ${i + 1}`,
    kind: 'staff',
    group: '',
    min: 0,
    max: 10,
    weight: i % 5 === 0 ? 2 : 1,
    phases: null,
    tieBreak: i < 2 ? i + 1 : null,
    row: i + 2,
  }));
  const unitCriteria: Criterion[] = Array.from({ length: 3 }, (_, i) => ({
    id: code('TT', i, 2),
    text: `Tiêu chí tập thể ${i + 1}`,
    kind: 'unit',
    group: '',
    min: 0,
    max: 20,
    weight: 1,
    phases: null,
    tieBreak: null,
    row: opts.criteria + i + 2,
  }));

  const card = (memberId: string, kind: 'staff' | 'unit', ids: string[], criteria: Criterion[]): ScoreCard => {
    const values = new Float64Array(ids.length * criteria.length);
    for (let r = 0; r < ids.length; r++) {
      for (let c = 0; c < criteria.length; c++) {
        const max = criteria[c].max;
        values[r * criteria.length + c] = random() < 0.002 ? NaN : Math.round((max / 2 + random() * (max / 2)) * 2) / 2;
      }
    }
    return {
      sheet: `Chấm ${kind === 'unit' ? 'TT ' : ''}D1 ${memberId}`,
      phaseId: 'D1',
      memberId,
      kind,
      participantIds: ids,
      criterionIds: criteria.map((c) => c.id),
      values,
      rows: ids.map((_, r) => r + 2),
      cols: criteria.map((_, c) => c + 4),
    };
  };
  const staffIds = staff.map((s) => s.id);
  const unitIds = units.map((u) => u.id);
  const cards = members.flatMap((m) => [card(m.id, 'staff', staffIds, staffCriteria), card(m.id, 'unit', unitIds, unitCriteria)]);
  const voteRows: VoteRow[] = staff.map((s, i) => ({
    participantId: s.id,
    awardCode: 'CSTDCS',
    agree: Math.floor(random() * (opts.members + 1)),
    row: i + 2,
  }));

  return {
    config: { ...DEFAULT_CONFIG, schoolName: 'Trường tổng hợp', schoolYear: '2025-2026' },
    units,
    staff,
    members,
    phases: [
      { id: 'D1', name: 'Đợt 1', theme: '', from: '', to: '', type: 'phase', yearWeight: 1, row: 2 },
      { id: 'CN', name: 'Cả năm', theme: '', from: '', to: '', type: 'year', yearWeight: 1, row: 3 },
    ],
    criteria: [...staffCriteria, ...unitCriteria],
    bands: [
      { name: 'Xuất sắc', from: 90, row: 2 },
      { name: 'Tốt', from: 80, row: 3 },
      { name: 'Khá', from: 65, row: 4 },
      { name: 'Đạt', from: 50, row: 5 },
    ],
    catalog: [],
    awards: [
      award(2, { code: 'LDTT', name: 'Lao động tiên tiến', minRating: 3, minMonths: 10, noDiscipline: true, order: 1 }),
      award(3, {
        code: 'CSTDCS',
        name: 'Chiến sĩ thi đua cơ sở',
        method: 'quota',
        capPercent: 15,
        capBase: 'LDTT',
        requiredAwards: ['LDTT'],
        needExcellentOrInitiative: true,
        minVotePercent: 50,
        order: 2,
      }),
      award(4, {
        code: 'GKDX',
        name: 'Giấy khen',
        method: 'quota',
        count: Math.max(1, Math.round(opts.staff * 0.05)),
        splitByUnit: true,
        minScore: 70,
        exclusionGroup: 'GK',
        order: 3,
      }),
      award(5, {
        code: 'TTLDTT',
        name: 'Tập thể lao động tiên tiến',
        kind: 'unit',
        memberAwards: ['LDTT'],
        memberSharePercent: 70,
        maxMemberDiscipline: 1,
        order: 4,
      }),
      award(6, {
        code: 'TTLDXS',
        name: 'Tập thể lao động xuất sắc',
        kind: 'unit',
        method: 'quota',
        count: 1,
        requiredAwards: ['TTLDTT'],
        memberHasAwards: ['CSTDCS'],
        order: 5,
      }),
    ],
    registrations: [],
    cards,
    votes: [{ sheet: 'Phiếu D1', phaseId: 'D1', rows: voteRows }],
  };
}
