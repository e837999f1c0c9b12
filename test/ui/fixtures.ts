// Realistic views for the sidebar's render tests and the fake-server browser test (what the server would send).
import type { ServerApiImpl } from '../../src/node/dev-server';
import type { OverviewView, TallyAwardView, TallyParticipantView, TallyView, ValidationView } from '../../src/workbook/api';

export const UNITS = [
  { id: 'T1', name: 'Tổ Toán – Tin' },
  { id: 'T2', name: 'Tổ Ngữ văn' },
  { id: 'T3', name: 'Tổ Tiếng Anh' },
  { id: 'VP', name: 'Văn phòng' },
];

export const OVERVIEW: OverviewView = {
  schoolName: 'Trường THCS Nguyễn Du',
  schoolYear: '2025-2026',
  phases: [
    { id: 'D1', name: 'Đợt 1 – Chào mừng 20/11', type: 'phase', from: '2025-09-05', to: '2025-11-20' },
    { id: 'D2', name: 'Đợt 2 – Mừng Xuân', type: 'phase', from: '2025-11-21', to: '2026-02-15' },
    { id: 'CN', name: 'Cả năm', type: 'year', from: '', to: '' },
  ],
  units: UNITS,
  documents: [
    { id: 'tong-hop-dang-ky', label: 'Tổng hợp đăng ký thi đua', needsPhase: false },
    { id: 'de-nghi', label: 'Danh sách đề nghị khen thưởng', needsPhase: true },
  ],
};

const NAMES: [string, string, number][] = [
  ['CB001', 'Nguyễn Văn An', 91.25],
  ['CB002', 'Trần Thị Bình', 88.5],
  ['CB003', 'Lê Hoàng Cường', 86],
  ['CB004', 'Phạm Thu Dung', 84.75],
  ['CB005', 'Hoàng Minh Đức', 84.75],
  ['CB006', 'Vũ Thị Hà', 82.4],
  ['CB007', 'Đặng Quốc Huy', 80],
  ['CB008', 'Bùi Thị Lan', 78.5],
  ['CB009', 'Đỗ Văn Long', 76.25],
  ['CB010', 'Ngô Thị Mai', 76.25],
  ['CB011', 'Dương Văn Nam', 70.5],
  ['CB012', 'Lý Thị Oanh', 65],
];
const UNIT_OF = ['T1', 'T2', 'T3', 'VP', 'T1', 'T2', 'T3', 'T1', 'T2', 'VP', 'T3', 'T1'];
/** competition ranks: CB004 and CB005 have the same score, split by the tie-break TC02; CB009 and CB010 are tied */
const RANKS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 11, 12];

/** the staff tie-break criteria of the fixture phase */
export const TIE_BREAKS = [{ id: 'TC02', text: 'Chuyên môn, nghiệp vụ' }];

function sameScoreOf(index: number): TallyParticipantView['sameScore'] {
  return NAMES.flatMap(([id, name, score], j) =>
    j !== index && score === NAMES[index][2]
      ? [{ id, name, rank: RANKS[j], decidedBy: RANKS[j] === RANKS[index] ? null : TIE_BREAKS[0] }]
      : [],
  );
}

const CRITERIA = [
  { id: 'TC01', text: 'Phẩm chất chính trị, đạo đức, lối sống', max: 20 },
  { id: 'TC02', text: 'Chuyên môn, nghiệp vụ', max: 40 },
  { id: 'TC03', text: 'Tinh thần trách nhiệm, phối hợp', max: 40 },
];

const GK_RECIPIENTS = ['CB001', 'CB002', 'CB003', 'CB004', 'CB005', 'CB006'];

function person(id: string): TallyAwardView['recipients'][number] {
  const i = NAMES.findIndex((n) => n[0] === id);
  const unit = UNIT_OF[i];
  return { id, name: NAMES[i][1], unit, unitName: UNITS.find((u) => u.id === unit)?.name ?? null, score: NAMES[i][2], rank: RANKS[i] };
}

export const AWARDS: TallyAwardView[] = [
  {
    code: 'GKHT',
    name: 'Giấy khen của Hiệu trưởng',
    kind: 'staff',
    quota: 6,
    byUnit: [
      { unit: 'T1', unitName: 'Tổ Toán – Tin', seats: 2 },
      { unit: 'T2', unitName: 'Tổ Ngữ văn', seats: 2 },
      { unit: 'T3', unitName: 'Tổ Tiếng Anh', seats: 1 },
      { unit: 'VP', unitName: 'Văn phòng', seats: 1 },
    ],
    recipients: GK_RECIPIENTS.map(person),
    pending: [],
    open: 0,
  },
  {
    code: 'CSTDCS',
    name: 'Chiến sĩ thi đua cơ sở',
    kind: 'staff',
    quota: 2,
    byUnit: null,
    recipients: [person('CB001')],
    pending: [person('CB004'), person('CB005')],
    open: 1,
  },
  {
    code: 'TTLDTT',
    name: 'Tập thể lao động tiên tiến',
    kind: 'unit',
    quota: null,
    byUnit: null,
    recipients: [{ id: 'T1', name: 'Tổ Toán – Tin', unit: null, unitName: null, score: 87.5, rank: 1 }],
    pending: [],
    open: 0,
  },
];

function staffView(index: number): TallyParticipantView {
  const [id, name, score] = NAMES[index];
  const unit = UNIT_OF[index];
  const awards = [...(GK_RECIPIENTS.includes(id) ? ['GKHT'] : []), ...(id === 'CB001' ? ['CSTDCS'] : [])];
  const pending = id === 'CB004' || id === 'CB005' ? ['CSTDCS'] : [];
  const reasons: TallyParticipantView['reasons'] = [];
  if (!awards.includes('GKHT'))
    reasons.push({ award: 'GKHT', awardName: 'Giấy khen của Hiệu trưởng', reason: 'Xếp sau chỉ tiêu của tổ (2/2)' });
  if (!awards.includes('CSTDCS') && pending.length === 0) {
    reasons.push({ award: 'CSTDCS', awardName: 'Chiến sĩ thi đua cơ sở', reason: 'Chưa có sáng kiến và không được xếp loại HTXSNV' });
  }
  return {
    kind: 'staff',
    id,
    name,
    unit,
    unitName: UNITS.find((u) => u.id === unit)?.name ?? null,
    score,
    raw: score,
    band: score >= 80 ? 'Tốt' : 'Khá',
    rank: RANKS[index],
    status: 'ok',
    criteria: CRITERIA.map((c) => ({ id: c.id, text: c.text, value: Math.round((score / 100) * c.max * 100) / 100 })),
    awards,
    pending,
    reasons,
    sameScore: sameScoreOf(index),
  };
}

export function tallyView(): TallyView {
  const staff = NAMES.map((_, i) => staffView(i));
  const missing: TallyParticipantView = {
    ...staffView(11),
    id: 'CB013',
    name: 'Mai Văn Phúc',
    score: null,
    raw: null,
    band: null,
    rank: null,
    status: 'missing',
    sameScore: [],
    awards: [],
    reasons: [{ award: 'GKHT', awardName: 'Giấy khen của Hiệu trưởng', reason: 'Thiếu điểm' }],
  };
  const unit: TallyParticipantView = {
    kind: 'unit',
    id: 'T1',
    name: 'Tổ Toán – Tin',
    unit: null,
    unitName: null,
    score: 87.5,
    raw: 87.5,
    band: 'Tốt',
    rank: 1,
    status: 'ok',
    criteria: [],
    awards: ['TTLDTT'],
    pending: [],
    reasons: [],
    sameScore: [],
  };
  return {
    phase: OVERVIEW.phases[0],
    resultSheet: 'Kết quả D1',
    decimals: 2,
    participants: [...staff, missing, unit],
    tieBreaks: { staff: TIE_BREAKS, unit: [] },
    awards: AWARDS,
    errors: 0,
    warnings: 1,
    problems: [
      {
        severity: 'warning',
        cell: 'Khen thưởng!F3',
        sheet: 'Khen thưởng',
        row: 3,
        col: 6,
        message: 'Chỉ tiêu phấn đấu 30% chưa đạt (25%)',
      },
    ],
  };
}

export const VALIDATION: ValidationView = {
  errors: 1,
  warnings: 1,
  problems: [
    { severity: 'warning', cell: 'Cán bộ!K5', sheet: 'Cán bộ', row: 5, col: 11, message: 'Xếp loại viên chức để trống' },
    {
      severity: 'error',
      cell: 'Chấm D1 TV02!E7',
      sheet: 'Chấm D1 TV02',
      row: 7,
      col: 5,
      message: 'Chấm D1 TV02!E7: điểm 12 vượt quá tối đa 10',
    },
  ],
};

/** A server that answers with the views above (after a short delay, like a real one). */
export function fakeServerApi(overrides: Partial<ServerApiImpl> = {}): ServerApiImpl {
  const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 150));
  return {
    getOverview: () => later(OVERVIEW),
    validateData: () => later(VALIDATION),
    runTally: (phaseId: string) => later({ ...tallyView(), phase: OVERVIEW.phases.find((p) => p.id === phaseId) ?? OVERVIEW.phases[0] }),
    exportDocument: (id: string, phaseId?: string) =>
      later(
        id === 'de-nghi'
          ? {
              kind: id,
              title: `Đề nghị ${phaseId ?? ''}`,
              links: [{ label: `Đề nghị ${phaseId ?? ''}.xlsx`, url: `/files/de-nghi-${phaseId ?? ''}.xlsx` }],
              warnings: [],
            }
          : {
              kind: id,
              title: 'Tổng hợp đăng ký thi đua',
              links: [{ label: 'Tổng hợp đăng ký.xlsx', url: '/files/tong-hop.xlsx' }],
              warnings: [],
            },
      ),
    goToCell: () => false,
    getCollectionProgress: () => later({ progress: null, stopped: false }),
    ...overrides,
  };
}
