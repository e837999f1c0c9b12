// `Danh mục`, `Khen thưởng`, `Đăng ký`.
import { joinKey, key } from '../core/codes';
import type { AwardField, AwardRule, CatalogEntry, CellRef, DisciplineLevel, Phase, Rating, Registration, Staff, Unit } from '../core/model';
import { readBoolean } from './cells';
import { disciplineLevelOf, ratingOf } from './levels';
import { MSG } from './messages';
import { Registry } from './registry';
import { DISCIPLINE_CHOICES, KIND_CHOICES, RATING_CHOICES, sheetSpec } from './schema';
import { openTable } from './table';
import type { ProblemLog, SheetIndex, Table, TableRow } from './table';

export function readCatalog(index: SheetIndex, log: ProblemLog): Registry<CatalogEntry> {
  const catalog = new Registry<CatalogEntry>();
  const table = openTable(index, sheetSpec('Danh mục'), log);
  if (!table) {
    catalog.unreadable = true;
    return catalog;
  }
  for (const r of table.rows) {
    const id = table.required(r, 'Mã');
    const name = table.required(r, 'Tên', 'text');
    const type = table.choice(r, 'Loại', ['Danh hiệu', 'Hình thức']);
    const kind = table.choice(r, 'Đối tượng', KIND_CHOICES);
    if (id === '' || name === '') {
      catalog.reject(id);
      continue;
    }
    const entry: CatalogEntry = { id, name, type: type === 1 ? 'form' : 'title', kind: kind === 1 ? 'unit' : 'staff', row: r.row };
    catalog.add(id, entry, r.row, table.where(r, 'Mã'), 'Mã', log);
  }
  return catalog;
}

interface AwardRefs {
  rule: AwardRule;
  lists: { codes: string[]; where: CellRef }[];
}

function awardKey(phaseId: string, code: string): string {
  return joinKey(key(phaseId), key(code));
}

export function readAwards(index: SheetIndex, log: ProblemLog, phases: Registry<Phase>): AwardRule[] {
  const table = openTable(index, sheetSpec('Khen thưởng'), log);
  if (!table) return [];
  const seen = new Map<string, number>();
  const accepted: AwardRefs[] = [];
  for (const r of table.rows) {
    const phaseCode = table.required(r, 'Mã đợt');
    const code = table.required(r, 'Mã khen thưởng');
    const name = table.required(r, 'Tên', 'text');
    let valid = phaseCode !== '' && code !== '' && name !== '';
    const phase = phaseCode === '' ? undefined : phases.get(phaseCode);
    if (phaseCode !== '' && phase === undefined) {
      if (phases.unknown(phaseCode)) log.error(table.where(r, 'Mã đợt'), MSG.unknownPhase(phaseCode));
      valid = false;
    }
    const phaseId = phase?.id ?? phaseCode;
    if (phaseCode !== '' && code !== '') {
      const k = awardKey(phaseId, code);
      const first = seen.get(k);
      if (first !== undefined) {
        log.error(table.where(r, 'Mã khen thưởng'), MSG.duplicateCode('Mã khen thưởng', code, first));
        valid = false;
      } else {
        seen.set(k, r.row);
      }
    }
    const refs = readAwardRow(table, r, log, phaseId, code, name);
    if (valid) accepted.push(refs);
  }
  // references name awards of the same phase (any row, even one rejected above, to avoid a second report)
  for (const { rule, lists } of accepted) {
    for (const { codes, where } of lists) {
      for (const c of codes) {
        if (!seen.has(awardKey(rule.phaseId, c))) log.error(where, MSG.unknownAward(c, rule.phaseId));
      }
    }
  }
  return accepted.map((a) => a.rule);
}

const AWARD_HEADERS: Record<AwardField, string> = {
  phaseId: 'Mã đợt',
  code: 'Mã khen thưởng',
  name: 'Tên',
  kind: 'Đối tượng',
  method: 'Cách xét',
  count: 'Số lượng',
  capPercent: 'Tỷ lệ tối đa (%)',
  capBase: 'Tính tỷ lệ trên',
  targetPercent: 'Chỉ tiêu phấn đấu (%)',
  minScore: 'Điểm sàn',
  minRating: 'Xếp loại viên chức tối thiểu',
  minMonths: 'Số tháng tối thiểu',
  noDiscipline: 'Không kỷ luật',
  needInitiative: 'Cần sáng kiến',
  needExcellentOrInitiative: 'Cần HTXSNV hoặc sáng kiến',
  requiredAwards: 'Cần khen thưởng',
  minVotePercent: 'Tỷ lệ phiếu tối thiểu (%)',
  memberAwards: 'Thành viên đạt',
  memberSharePercent: 'Tỷ lệ thành viên tối thiểu (%)',
  memberHasAwards: 'Có thành viên đạt',
  minMemberRating: 'Xếp loại thành viên tối thiểu',
  maxMemberDiscipline: 'Kỷ luật tối đa của thành viên',
  splitByUnit: 'Phân bổ theo đơn vị',
  exclusionGroup: 'Nhóm loại trừ',
  order: 'Thứ tự xét',
};

function awardColumns(table: Table): Partial<Record<AwardField, number>> {
  const cols: Partial<Record<AwardField, number>> = {};
  for (const field of Object.keys(AWARD_HEADERS) as AwardField[]) {
    const col = table.col(AWARD_HEADERS[field]);
    if (col !== undefined) cols[field] = col;
  }
  return cols;
}

function readAwardRow(table: Table, r: TableRow, log: ProblemLog, phaseId: string, code: string, name: string): AwardRefs {
  const kind = table.choice(r, 'Đối tượng', KIND_CHOICES);
  const method = table.choice(r, 'Cách xét', ['Chỉ tiêu', 'Tiêu chuẩn']);
  const lists: AwardRefs['lists'] = [];
  const codes = (header: string): string[] => {
    const list = table.list(r, header);
    if (list.length > 0) lists.push({ codes: list, where: table.where(r, header) });
    return list;
  };
  const rating = (header: string): Rating | null => {
    const text = table.text(r, header);
    if (text === '') return null;
    const value = ratingOf(text);
    if (value === null) log.error(table.where(r, header), MSG.notChoice(text, RATING_CHOICES));
    return value;
  };

  const baseText = table.code(r, 'Tính tỷ lệ trên');
  let capBase: string | null = null;
  if (baseText !== '' && key(baseText) !== key('Tổng số')) {
    capBase = baseText;
    lists.push({ codes: [baseText], where: table.where(r, 'Tính tỷ lệ trên') });
  }

  const memberAwards = codes('Thành viên đạt');
  let memberHasAwards: string[] = [];
  const hasRaw = table.raw(r, 'Có thành viên đạt');
  const asBoolean = readBoolean(hasRaw);
  if (asBoolean !== null && asBoolean.ok) {
    if (asBoolean.value) {
      memberHasAwards = [...memberAwards];
      if (memberAwards.length === 0) log.error(table.where(r, 'Có thành viên đạt'), MSG.hasMemberWithoutAwards);
    }
  } else {
    memberHasAwards = codes('Có thành viên đạt');
  }

  let maxMemberDiscipline: DisciplineLevel | null = null;
  const disciplineText = table.text(r, 'Kỷ luật tối đa của thành viên');
  if (disciplineText !== '') {
    maxMemberDiscipline = disciplineLevelOf(disciplineText);
    if (maxMemberDiscipline === null) log.error(table.where(r, 'Kỷ luật tối đa của thành viên'), MSG.notChoice(disciplineText, ['Không', ...DISCIPLINE_CHOICES]));
  }

  const group = table.text(r, 'Nhóm loại trừ');
  const rule: AwardRule = {
    row: r.row,
    phaseId,
    code,
    name,
    kind: kind === 1 ? 'unit' : 'staff',
    method: method === 1 ? 'standard' : 'quota',
    count: table.integer(r, 'Số lượng'),
    capPercent: table.percent(r, 'Tỷ lệ tối đa (%)'),
    capBase,
    targetPercent: table.percent(r, 'Chỉ tiêu phấn đấu (%)'),
    minScore: table.number(r, 'Điểm sàn'),
    minRating: rating('Xếp loại viên chức tối thiểu'),
    minMonths: table.number(r, 'Số tháng tối thiểu'),
    noDiscipline: table.boolean(r, 'Không kỷ luật', false),
    needInitiative: table.boolean(r, 'Cần sáng kiến', false),
    needExcellentOrInitiative: table.boolean(r, 'Cần HTXSNV hoặc sáng kiến', false),
    requiredAwards: codes('Cần khen thưởng'),
    minVotePercent: table.percent(r, 'Tỷ lệ phiếu tối thiểu (%)'),
    memberAwards,
    memberSharePercent: table.percent(r, 'Tỷ lệ thành viên tối thiểu (%)'),
    memberHasAwards,
    minMemberRating: rating('Xếp loại thành viên tối thiểu'),
    maxMemberDiscipline,
    splitByUnit: table.boolean(r, 'Phân bổ theo đơn vị', false),
    exclusionGroup: group === '' ? null : group,
    order: table.integer(r, 'Thứ tự xét'),
    source: { sheet: table.sheet, cols: awardColumns(table) },
  };
  return { rule, lists };
}

export function readRegistrations(
  index: SheetIndex,
  log: ProblemLog,
  staff: Registry<Staff>,
  units: Registry<Unit>,
  catalog: Registry<CatalogEntry>,
): Registration[] {
  const table = openTable(index, sheetSpec('Đăng ký'), log);
  if (!table) return [];
  if (catalog.unreadable && table.rows.length > 0) log.warning({ sheet: table.sheet, row: 1, col: 1 }, MSG.noCatalog);
  const seen = new Registry<Registration>();
  for (const r of table.rows) {
    const code = table.required(r, 'Mã');
    const listBlank = table.blank(r, 'Mã danh mục');
    if (listBlank) log.error(table.where(r, 'Mã danh mục'), MSG.missingCell('Mã danh mục'));
    const codes = table.list(r, 'Mã danh mục');
    const entries: string[] = [];
    for (const c of codes) {
      if (catalog.unknown(c)) log.error(table.where(r, 'Mã danh mục'), MSG.unknownCatalog(c));
      else entries.push(catalog.get(c)?.id ?? c);
    }
    if (code === '' || codes.length === 0) continue;
    const person = staff.get(code);
    const unit = person === undefined ? units.get(code) : undefined;
    if (person === undefined && unit === undefined) {
      if (staff.unknown(code) && units.unknown(code)) log.error(table.where(r, 'Mã'), MSG.unknownParticipant(code));
      continue;
    }
    const registration: Registration = {
      id: person?.id ?? unit?.id ?? code,
      codes: entries,
      initiativeName: table.text(r, 'Tên sáng kiến'),
      note: table.text(r, 'Ghi chú'),
      row: r.row,
      source: { sheet: table.sheet, idCol: table.col('Mã') ?? 1, codesCol: table.col('Mã danh mục') ?? 2 },
    };
    seen.add(code, registration, r.row, table.where(r, 'Mã'), 'Mã', log);
  }
  return seen.values();
}
