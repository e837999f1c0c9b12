// The award conditions of SPEC §4 (`Khen thưởng`), one entry each, in the order of their columns on the sheet.
// To add a condition: add an entry here (its texts in messages.ts) and a test; see docs/EXTENDING.md.
import { codeKey } from '../codes';
import { disciplineName, ratingName } from '../messages';
import type { DisciplineLevel, Rating, Staff } from '../model';
import type { EligibilityContext } from '../eligibility';
import { condition } from './condition';
import { consecutiveYears } from './consecutive-years';
import { condition as miss, cellProblem, reason } from './messages';
import { meetsShare, shownFailingShare } from './share';

/** HTXSNV, HTTNV, HTNV, KHTNV: the drop-down of a rating column. */
const RATING_CHOICES = ([4, 3, 2, 1] as const).map((r) => ratingName(r));
/** Không, then the levels from the lightest. */
const DISCIPLINE_CHOICES = ['Không', ...([1, 2, 3, 4, 5, 6] as const).map((l) => disciplineName(l))];

const minScore = condition<{ minScore: number | null }>({
  kind: null,
  checkOrder: 10,
  columns: [{ field: 'minScore', header: 'Điểm sàn', kind: 'number', note: 'Điểm tối thiểu để được xét', min: 0, max: 100, width: 80 }],
  blank: { minScore: null },
  read: (cells) => ({ minScore: cells.number('Điểm sàn') }),
  check: (rule, { p }, ctx) =>
    rule.minScore !== null && p.score !== null && p.score < rule.minScore
      ? reason.belowFloor(p.score, rule.minScore, ctx.data.config.decimals)
      : null,
  registration: null,
});

// At registration (the start of the year) ratings are not given yet: a blank rating is not a visible miss there,
// while the tally fails it (SPEC §8). The same holds for members' ratings below.
const minRating = condition<{ minRating: Rating | null }>({
  kind: 'staff',
  checkOrder: 30,
  columns: [
    {
      field: 'minRating',
      header: 'Xếp loại viên chức tối thiểu',
      kind: 'text',
      note: 'HTXSNV, HTTNV, HTNV hoặc KHTNV',
      choices: RATING_CHOICES,
      width: 140,
    },
  ],
  blank: { minRating: null },
  read: (cells) => ({ minRating: cells.rating('Xếp loại viên chức tối thiểu') }),
  check: ({ minRating: min }, { staff }) => {
    if (min === null || staff === undefined) return null;
    if (staff.rating === null) return reason.noRating(min);
    return staff.rating < min ? reason.ratingBelow(staff.rating, min) : null;
  },
  registration: ({ minRating: min }, { staff }) =>
    min !== null && staff !== undefined && staff.rating !== null && staff.rating < min
      ? [miss.ratingBelow(ratingName(staff.rating), ratingName(min))]
      : [],
});

const minMonths = condition<{ minMonths: number | null }>({
  kind: 'staff',
  checkOrder: 20,
  columns: [
    {
      field: 'minMonths',
      header: 'Số tháng tối thiểu',
      kind: 'number',
      note: 'Số tháng công tác tối thiểu trong năm học',
      min: 0,
      max: 12,
    },
  ],
  blank: { minMonths: null },
  read: (cells) => ({ minMonths: cells.number('Số tháng tối thiểu') }),
  check: ({ minMonths: min }, { staff }) =>
    min !== null && staff !== undefined && staff.monthsWorked < min ? reason.tooFewMonths(staff.monthsWorked, min) : null,
  registration: ({ minMonths: min }, { staff }) =>
    min !== null && staff !== undefined && staff.monthsWorked < min ? [miss.tooFewMonths(staff.monthsWorked, min)] : [],
});

const disciplineOf = (s: Staff): string => disciplineName(s.discipline, s.disciplineText);

const noDiscipline = condition<{ noDiscipline: boolean }>({
  kind: 'staff',
  checkOrder: 25,
  columns: [{ field: 'noDiscipline', header: 'Không kỷ luật', kind: 'boolean', note: 'Có: cán bộ bị kỷ luật không được xét' }],
  blank: { noDiscipline: false },
  read: (cells) => ({ noDiscipline: cells.boolean('Không kỷ luật') }),
  check: (rule, { staff }) =>
    rule.noDiscipline && staff !== undefined && staff.discipline > 0 ? reason.disciplined(disciplineOf(staff)) : null,
  registration: (rule, { staff }) =>
    rule.noDiscipline && staff !== undefined && staff.discipline > 0 ? [miss.disciplined(disciplineOf(staff))] : [],
});

// At registration an initiative named on a `Đăng ký` row counts as planned (Registrant.hasInitiative).
const needInitiative = condition<{ needInitiative: boolean }>({
  kind: 'staff',
  checkOrder: 40,
  columns: [{ field: 'needInitiative', header: 'Cần sáng kiến', kind: 'boolean', note: 'Có: phải có sáng kiến' }],
  blank: { needInitiative: false },
  read: (cells) => ({ needInitiative: cells.boolean('Cần sáng kiến') }),
  check: (rule, { staff }) => (rule.needInitiative && staff !== undefined && !staff.initiative ? reason.noInitiative() : null),
  registration: (rule, r) => (rule.needInitiative && !r.hasInitiative ? [miss.initiative] : []),
});

const needExcellentOrInitiative = condition<{ needExcellentOrInitiative: boolean }>({
  kind: 'staff',
  checkOrder: 50,
  columns: [
    {
      field: 'needExcellentOrInitiative',
      header: 'Cần HTXSNV hoặc sáng kiến',
      kind: 'boolean',
      note: 'Có: phải xếp loại HTXSNV hoặc có sáng kiến (CSTĐCS, Luật TĐKT 2022 Điều 23)',
      width: 150,
    },
  ],
  blank: { needExcellentOrInitiative: false },
  read: (cells) => ({ needExcellentOrInitiative: cells.boolean('Cần HTXSNV hoặc sáng kiến') }),
  check: (rule, { staff }) =>
    rule.needExcellentOrInitiative && staff !== undefined && staff.rating !== 4 && !staff.initiative
      ? reason.notExcellentNorInitiative()
      : null,
  registration: (rule, r) =>
    rule.needExcellentOrInitiative && r.staff !== undefined && r.staff.rating !== 4 && !r.hasInitiative ? [miss.excellentOrInitiative] : [],
});

// At registration the awards a title requires are not checked as held (they are decided at the year end): their own
// conditions are checked instead (registration.ts follows `Cần khen thưởng`).
const requiredAwards = condition<{ requiredAwards: string[] }>({
  kind: null,
  checkOrder: 60,
  columns: [
    {
      field: 'requiredAwards',
      header: 'Cần khen thưởng',
      kind: 'list',
      note: 'Mã các khen thưởng của đợt phải đạt trước (cách nhau bởi dấu phẩy)',
      namesAwards: true,
      width: 120,
    },
  ],
  blank: { requiredAwards: [] },
  read: (cells) => ({ requiredAwards: cells.awardCodes('Cần khen thưởng') }),
  check: (rule, c, ctx) => {
    const missing = rule.requiredAwards.find((code) => !ctx.ledger.holds(c.p.kind, c.key, code));
    return missing === undefined ? null : reason.missingAward(missing);
  },
  references: (rule) => [{ field: 'requiredAwards', codes: rule.requiredAwards }],
  registration: null,
});

const minVotePercent = condition<{ minVotePercent: number | null }>({
  kind: null,
  checkOrder: 70,
  columns: [
    {
      field: 'minVotePercent',
      header: 'Tỷ lệ phiếu tối thiểu (%)',
      kind: 'percent',
      note: 'Tỷ lệ phiếu đồng ý tối thiểu (sheet Phiếu)',
      min: 0,
      max: 100,
      width: 130,
    },
  ],
  blank: { minVotePercent: null },
  read: (cells) => ({ minVotePercent: cells.percent('Tỷ lệ phiếu tối thiểu (%)') }),
  check: ({ minVotePercent: min, code }, c, ctx) => {
    if (min === null) return null;
    const agree = ctx.votes.of(c.key, code);
    const members = ctx.data.members.length;
    if (meetsShare(agree, members, min)) return null;
    const shown = shownFailingShare(agree, members, min, ctx.data.config.decimals);
    return reason.fewVotes(agree, members, shown.value, min, shown.decimals);
  },
  registration: null,
});

const holdsAny = (codes: readonly string[], s: Staff, ctx: EligibilityContext): boolean =>
  codes.some((code) => ctx.ledger.holds('staff', codeKey(s.id), code));

/** `Thành viên đạt` with `Tỷ lệ thành viên tối thiểu (%)`, then `Có thành viên đạt` (Có = the `Thành viên đạt` awards). */
const memberAwards = condition<{ memberAwards: string[]; memberSharePercent: number | null; memberHasAwards: string[] }>({
  kind: 'unit',
  checkOrder: 80,
  columns: [
    {
      field: 'memberAwards',
      header: 'Thành viên đạt',
      kind: 'list',
      note: 'Tập thể: mã khen thưởng cá nhân mà thành viên của đơn vị đạt',
      namesAwards: true,
      width: 120,
    },
    {
      field: 'memberSharePercent',
      header: 'Tỷ lệ thành viên tối thiểu (%)',
      kind: 'percent',
      note: 'Tập thể: tỷ lệ tối thiểu cán bộ của đơn vị đạt Thành viên đạt',
      min: 0,
      max: 100,
      width: 150,
    },
    {
      field: 'memberHasAwards',
      header: 'Có thành viên đạt',
      kind: 'list',
      note: 'Tập thể: mã khen thưởng mà ít nhất một thành viên đạt (Có = khen thưởng ở cột Thành viên đạt)',
      namesAwards: true,
      width: 120,
    },
  ],
  blank: { memberAwards: [], memberSharePercent: null, memberHasAwards: [] },
  read: (cells) => {
    const memberAwards = cells.awardCodes('Thành viên đạt');
    const memberSharePercent = cells.percent('Tỷ lệ thành viên tối thiểu (%)');
    const flag = cells.flag('Có thành viên đạt');
    if (flag === null) return { memberAwards, memberSharePercent, memberHasAwards: cells.awardCodes('Có thành viên đạt') };
    if (flag && memberAwards.length === 0) cells.error('Có thành viên đạt', cellProblem.hasMemberWithoutAwards);
    return { memberAwards, memberSharePercent, memberHasAwards: flag ? [...memberAwards] : [] };
  },
  check: (rule, { members }, ctx) => {
    const min = rule.memberSharePercent;
    if (rule.memberAwards.length > 0 && min !== null) {
      if (members.length === 0) return reason.noActiveMembers();
      const holders = members.filter((s) => holdsAny(rule.memberAwards, s, ctx)).length;
      if (!meetsShare(holders, members.length, min)) {
        const shown = shownFailingShare(holders, members.length, min, ctx.data.config.decimals);
        return reason.memberShare(rule.memberAwards, holders, members.length, shown.value, min, shown.decimals);
      }
    }
    const unheld = rule.memberHasAwards.find((code) => !members.some((s) => holdsAny([code], s, ctx)));
    return unheld === undefined ? null : reason.noMemberHolds(unheld);
  },
  references: (rule) => [
    { field: 'memberAwards', codes: rule.memberSharePercent !== null ? rule.memberAwards : [] },
    { field: 'memberHasAwards', codes: rule.memberHasAwards },
  ],
  registration: null,
});

const minMemberRating = condition<{ minMemberRating: Rating | null }>({
  kind: 'unit',
  checkOrder: 90,
  columns: [
    {
      field: 'minMemberRating',
      header: 'Xếp loại thành viên tối thiểu',
      kind: 'text',
      note: 'Tập thể: mọi thành viên xếp loại viên chức ít nhất mức này',
      choices: RATING_CHOICES,
      width: 150,
    },
  ],
  blank: { minMemberRating: null },
  read: (cells) => ({ minMemberRating: cells.rating('Xếp loại thành viên tối thiểu') }),
  check: ({ minMemberRating: min }, { members }) => {
    if (min === null) return null;
    const below = members.find((s) => s.rating === null || s.rating < min);
    if (below === undefined) return null;
    return below.rating === null ? reason.memberNoRating(below.name, min) : reason.memberRatingBelow(below.name, below.rating, min);
  },
  registration: ({ minMemberRating: min }, { members }) =>
    min === null
      ? []
      : members.flatMap((m) =>
          m.rating !== null && m.rating < min ? [miss.memberRatingBelow(m.name, ratingName(m.rating), ratingName(min))] : [],
        ),
});

const maxMemberDiscipline = condition<{ maxMemberDiscipline: DisciplineLevel | null }>({
  kind: 'unit',
  checkOrder: 100,
  columns: [
    {
      field: 'maxMemberDiscipline',
      header: 'Kỷ luật tối đa của thành viên',
      kind: 'text',
      note: 'Tập thể: không thành viên nào bị kỷ luật nặng hơn mức này (Không: không ai bị kỷ luật)',
      choices: DISCIPLINE_CHOICES,
      width: 150,
    },
  ],
  blank: { maxMemberDiscipline: null },
  read: (cells) => ({ maxMemberDiscipline: cells.discipline('Kỷ luật tối đa của thành viên') }),
  check: ({ maxMemberDiscipline: max }, { members }) => {
    if (max === null) return null;
    const above = members.find((s) => s.discipline > max);
    return above === undefined ? null : reason.memberDisciplined(above.name, disciplineOf(above), max);
  },
  registration: ({ maxMemberDiscipline: max }, { members }) =>
    max === null ? [] : members.flatMap((m) => (m.discipline > max ? [miss.memberDisciplined(m.name, disciplineOf(m))] : [])),
});

/** The built-in conditions, in the order of their `Khen thưởng` columns. */
export const BUILT_IN_CONDITIONS = [
  minScore,
  minRating,
  minMonths,
  noDiscipline,
  needInitiative,
  needExcellentOrInitiative,
  requiredAwards,
  minVotePercent,
  memberAwards,
  minMemberRating,
  maxMemberDiscipline,
  consecutiveYears,
] as const;
