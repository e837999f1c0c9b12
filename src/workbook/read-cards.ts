// Score cards (`Chấm {đợt} {thành viên}`, `Chấm TT {đợt} {thành viên}`) and votes (`Phiếu {đợt}`).
import { joinKey, key } from '../core/codes';
import type { AwardRule, Criterion, Kind, Member, Phase, ScoreCard, Staff, Unit, VoteMark, VoteRow, VoteSheet } from '../core/model';
import { appliesToPhase } from '../core/scoring';
import { SHEET_PREFIX } from '../core/sheet-names';
import { formulaProblem, isBlank, parseNumberText, cleanNumber } from './cells';
import { MSG } from './messages';
import type { Registry } from './registry';
import { CARD, VOTE, parseCardSheetName, parseVoteSheetName } from './schema';
import type { SheetSpec } from './schema';
import { errorText, Table } from './table';
import type { HeaderCell, ProblemLog, SheetIndex, TableRow } from './table';

/** Headers people add to cards and vote sheets that name no criterion or member: ignored silently. */
const SIDE_HEADERS = new Set(['tt', 'stt', 'ghi chú', 'nhận xét', 'tổng', 'tổng điểm', 'điểm', 'xếp loại', 'hạng', 'chức vụ'].map(key));

export interface CardContext {
  staff: Registry<Staff>;
  units: Registry<Unit>;
  members: Registry<Member>;
  phases: Registry<Phase>;
  criteria: Registry<Criterion>;
}

function openSheet(index: SheetIndex, name: string, log: ProblemLog, spec: SheetSpec): Table | null {
  let data;
  try {
    data = index.wb.read(name);
  } catch (error) {
    // a damaged card or vote sheet is an error, never a sheet skipped (its marks or votes would silently go)
    log.error({ sheet: name }, MSG.unreadableSheet(name, errorText(error)));
    return null;
  }
  if (!data) return null;
  const table = new Table(data, log, spec.columns);
  const missing = spec.columns.filter((c) => c.required && !table.has(c));
  for (const c of missing) log.error({ sheet: table.sheet, row: 1, col: 1 }, MSG.missingColumn(c.header));
  return missing.length === 0 ? table : null;
}

function firstWordIs(name: string, word: string): boolean {
  return key(name.trim().split(/\s+/)[0] ?? '') === key(word);
}

function extraHeaders(table: Table, fixed: SheetSpec): HeaderCell[] {
  const fixedKeys = new Set(fixed.columns.map((c) => key(c.header)));
  return table.headers.filter((h) => !fixedKeys.has(key(h.text)) && !SIDE_HEADERS.has(key(h.text)));
}

/** The participant a row's code names, or null (reported unless the code was already rejected or is inactive). */
function participantOf(
  table: Table,
  r: TableRow,
  kind: Kind,
  ctx: CardContext,
  log: ProblemLog,
  unknownMessage: (code: string) => string,
): string | null {
  const code = table.required(r, CARD.id);
  if (code === '') return null;
  if (kind === 'staff') {
    const person = ctx.staff.get(code);
    if (person === undefined) {
      if (ctx.staff.unknown(code)) log.error(table.where(r, CARD.id), unknownMessage(code));
      return null;
    }
    return person.active ? person.id : null;
  }
  const unit = ctx.units.get(code);
  if (unit === undefined) {
    if (ctx.units.unknown(code)) log.error(table.where(r, CARD.id), unknownMessage(code));
    return null;
  }
  return unit.id;
}

export function readCards(index: SheetIndex, log: ProblemLog, ctx: CardContext): ScoreCard[] {
  const cards: ScoreCard[] = [];
  for (const name of index.names) {
    const parsed = parseCardSheetName(name);
    if (!parsed) {
      // "Chấm Đợt 1 TV01" names a card but parses as none: its marks would be missed silently
      if (firstWordIs(name, SHEET_PREFIX.card)) log.error({ sheet: name, row: 1, col: 1 }, MSG.sheetLooksLikeCard(name));
      continue;
    }
    const phase = ctx.phases.get(parsed.phase);
    const member = ctx.members.get(parsed.member);
    if (phase === undefined) {
      if (ctx.phases.unknown(parsed.phase)) log.error({ sheet: name, row: 1, col: 1 }, MSG.cardUnknownPhase(parsed.phase));
      continue;
    }
    if (member === undefined) {
      if (ctx.members.unknown(parsed.member)) log.error({ sheet: name, row: 1, col: 1 }, MSG.cardUnknownMember(parsed.member));
      continue;
    }
    const card = readCard(index, name, log, ctx, parsed.kind, phase, member);
    if (card) cards.push(card);
  }
  return cards;
}

function readCard(
  index: SheetIndex,
  name: string,
  log: ProblemLog,
  ctx: CardContext,
  kind: Kind,
  phase: Phase,
  member: Member,
): ScoreCard | null {
  const table = openSheet(index, name, log, CARD.spec);
  if (!table) return null;
  const criterionIds: string[] = [];
  const cols: number[] = [];
  const seenCriteria = new Set<string>();
  for (const h of extraHeaders(table, CARD.spec)) {
    const where = { sheet: table.sheet, row: 1, col: h.col };
    const criterion = ctx.criteria.get(h.text);
    if (criterion === undefined) {
      if (ctx.criteria.unknown(h.text)) log.error(where, MSG.cardUnknownColumn(h.text));
      continue;
    }
    if (criterion.kind !== kind) {
      log.error(where, MSG.cardWrongKind(criterion.id, criterion.kind === 'unit' ? 'Tập thể' : 'Cá nhân'));
      continue;
    }
    if (!appliesToPhase(criterion, phase.id)) {
      log.warning(where, MSG.cardNotInPhase(criterion.id, phase.id));
      continue;
    }
    if (seenCriteria.has(key(criterion.id))) continue;
    seenCriteria.add(key(criterion.id));
    criterionIds.push(criterion.id);
    cols.push(h.col);
  }

  const participantIds: string[] = [];
  const rows: number[] = [];
  const marks: number[] = [];
  const firstRow = new Map<string, number>();
  for (const r of table.rows) {
    const id = participantOf(table, r, kind, ctx, log, (code) => MSG.cardUnknownRow(code, kind));
    if (id === null) continue;
    const first = firstRow.get(key(id));
    if (first !== undefined) {
      log.error(table.where(r, CARD.id), MSG.duplicateRow(id, first));
      continue;
    }
    firstRow.set(key(id), r.row);
    participantIds.push(id);
    rows.push(r.row);
    for (const col of cols) marks.push(readMark(r.values[col - 1], { sheet: table.sheet, row: r.row, col }, log));
  }
  return {
    sheet: table.sheet,
    phaseId: phase.id,
    memberId: member.id,
    kind,
    participantIds,
    criterionIds,
    values: Float64Array.from(marks),
    rows,
    cols,
  };
}

/** A mark: NaN when blank; a non-number is reported and stored as NaN. Range checks are the engine's. */
function readMark(value: unknown, where: { sheet: string; row: number; col: number }, log: ProblemLog): number {
  if (isBlank(value)) return NaN;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return cleanNumber(value);
    log.error(where, MSG.markNotNumber(String(value)));
    return NaN;
  }
  const problem = formulaProblem(value);
  if (problem) {
    log.error(where, problem);
    return NaN;
  }
  if (typeof value === 'string') {
    const n = parseNumberText(value);
    if (n !== null) return n;
  }
  log.error(where, MSG.markNotNumber(value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim()));
  return NaN;
}

const AGREE = new Set(['đ', 'd', 'đồng ý']);
const DISAGREE = new Set(['k', 'không đồng ý']);

export function readVotes(index: SheetIndex, log: ProblemLog, ctx: CardContext, awards: AwardRule[]): VoteSheet[] {
  const sheets: VoteSheet[] = [];
  for (const name of index.names) {
    const phaseCode = parseVoteSheetName(name);
    if (phaseCode === null) {
      if (firstWordIs(name, SHEET_PREFIX.vote)) log.error({ sheet: name, row: 1, col: 1 }, MSG.sheetLooksLikeVote(name));
      continue;
    }
    const phase = ctx.phases.get(phaseCode);
    if (phase === undefined) {
      if (ctx.phases.unknown(phaseCode)) log.error({ sheet: name, row: 1, col: 1 }, MSG.voteUnknownPhase(phaseCode));
      continue;
    }
    const table = openSheet(index, name, log, VOTE.spec);
    if (!table) continue;
    const phaseAwards = new Map(awards.filter((a) => key(a.phaseId) === key(phase.id)).map((a) => [key(a.code), a]));
    const memberCols: number[] = [];
    const members: { memberId: string; col: number }[] = [];
    for (const h of extraHeaders(table, VOTE.spec)) {
      const member = ctx.members.get(h.text);
      if (member !== undefined) {
        memberCols.push(h.col);
        members.push({ memberId: member.id, col: h.col });
      } else if (ctx.members.unknown(h.text)) log.error({ sheet: table.sheet, row: 1, col: h.col }, MSG.voteUnknownColumn(h.text));
    }
    const rows: VoteRow[] = [];
    const firstRow = new Map<string, number>();
    for (const r of table.rows) {
      const participantId = voteParticipant(table, r, ctx, log);
      const awardCode = table.required(r, VOTE.award);
      if (participantId === null || awardCode === '') continue;
      const award = phaseAwards.get(key(awardCode));
      if (award === undefined) {
        log.error(table.where(r, VOTE.award), MSG.voteUnknownAward(awardCode, phase.id));
        continue;
      }
      const k = joinKey(key(participantId), key(award.code));
      const first = firstRow.get(k);
      if (first !== undefined) {
        log.error(table.where(r, VOTE.id), MSG.duplicateVote(participantId, award.code, first));
        continue;
      }
      firstRow.set(k, r.row);
      let agree = 0;
      const marks: VoteMark[] = [];
      for (const col of memberCols) {
        const value = r.values[col - 1];
        if (isBlank(value)) {
          marks.push('blank');
          continue;
        }
        const where = { sheet: table.sheet, row: r.row, col };
        const problem = formulaProblem(value);
        if (problem) {
          log.error(where, problem);
          marks.push('invalid');
          continue;
        }
        const word = key(String(value));
        if (AGREE.has(word)) {
          agree++;
          marks.push('agree');
        } else if (DISAGREE.has(word)) marks.push('disagree');
        else {
          log.error(where, MSG.voteInvalid(String(value).trim()));
          marks.push('invalid');
        }
      }
      rows.push({ participantId, awardCode: award.code, agree, row: r.row, marks });
    }
    sheets.push({ sheet: table.sheet, phaseId: phase.id, rows, members });
  }
  return sheets;
}

/** A vote row's participant: a staff member (null when inactive) or a unit; unknown codes are reported. */
function voteParticipant(table: Table, r: TableRow, ctx: CardContext, log: ProblemLog): string | null {
  const code = table.required(r, VOTE.id);
  if (code === '') return null;
  const person = ctx.staff.get(code);
  if (person !== undefined) return person.active ? person.id : null;
  const unit = ctx.units.get(code);
  if (unit !== undefined) return unit.id;
  if (ctx.staff.unknown(code) && ctx.units.unknown(code)) log.error(table.where(r, VOTE.id), MSG.voteUnknownRow(code));
  return null;
}
