// Score cards `Chấm {đợt} {thành viên}` (and `Chấm TT …`) and vote sheets `Phiếu {đợt}` for a phase, pre-filled
// and protected per council member. Re-running adds new participants, criteria and members; marks stay.
import { key } from '../core/codes';
import type { Kind, Member, Phase, SchoolData } from '../core/model';
import { phaseCriteria } from '../core/scoring';
import { readSchool } from '../workbook/read-school';
import { CARD_COLUMNS, VOTE_COLUMNS, cardSheetName, voteSheetName } from '../workbook/schema';
import { KeyedSheet, syncKeyedSheet } from './keyed-sheet';
import { appendLog, runLogged } from './log';
import { MSG } from './messages';
import { ReadGuard } from './read-guard';
import { elapsedSince, GasServices, TIME_BUDGET_MS, UserError } from './services';
import { councilNotEditors } from './sharing';
import { SheetsWorkbook, TEMP_PREFIX } from './sheets-workbook';
import { withDocumentLock } from './tally';
import { columnRuns, markRule, voteRule } from './validation';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

export interface SheetsReport {
  created: string[];
  updated: string[];
  addedRows: number;
  addedColumns: number;
  warnings: string[];
  /** council emails that are not editors of the spreadsheet (they cannot open it): the sharing dialog lists them */
  unshared?: string[];
}

function emptyReport(): SheetsReport {
  return { created: [], updated: [], addedRows: 0, addedColumns: 0, warnings: [] };
}

function note(report: SheetsReport, result: KeyedSheet, name: string): void {
  if (result.created) report.created.push(name);
  else report.updated.push(name);
  report.addedRows += result.addedRows;
  report.addedColumns += result.addedCols;
}

export function findPhase(data: SchoolData, phaseId: string): Phase {
  const phase = data.phases.find((p) => key(p.id) === key(phaseId));
  if (!phase)
    throw new UserError(
      MSG.unknownPhase(
        phaseId.trim(),
        data.phases.map((p) => p.id),
      ),
    );
  return phase;
}

/** How Apps Script refuses an address it does not take as an email ("Invalid email: …"). */
const INVALID_EMAIL = /invalid (email|argument)/i;

/**
 * Only `email` (and the owner and the person running this, whom Apps Script never removes) may edit what this
 * protection covers. The runner is made an explicit editor first: when their right to edit comes from a Google
 * Group, removing the group would otherwise throw. Returns false when Apps Script refuses `email` (not a valid
 * address): the protection then stays restricted to the owner and the runner.
 */
export function restrictTo(protection: Protection, description: string, email: string, me: GoogleAppsScript.Base.User): boolean {
  protection.setDescription(description);
  protection.addEditor(me);
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  if (!email) return true;
  try {
    protection.addEditor(email);
    return true;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // only Google's refusal of the address is a warning; any other failure (a time-out) fails the run, which the
    // user runs again: read as a refusal, it would leave the member locked out of their own card
    if (!INVALID_EMAIL.test(detail)) throw error;
    // the caller turns this into a warning naming the member and the sheet; the log keeps Google's reason
    console.warn(`Protection.addEditor(${email}) refused: ${detail}`);
    return false;
  }
}

/** Removes the protections of this kind that the runner may remove (others are not theirs to change). */
function removeProtections(sheet: Sheet, type: GoogleAppsScript.Spreadsheet.ProtectionType): void {
  for (const old of sheet.getProtections(type)) if (old.canEdit()) old.remove();
}

/**
 * An existing sheet holding a protection the runner may not edit (made by another editor, or the owner's): Apps
 * Script refuses every change to that protection and to the cells it covers, so the sheet is skipped with a warning.
 */
function lockedForRunner(services: GasServices, wb: SheetsWorkbook, name: string, report: SheetsReport): boolean {
  const sheet = wb.sheet(name);
  if (!sheet) return false;
  const types = services.SpreadsheetApp.ProtectionType;
  const locked = [...sheet.getProtections(types.SHEET), ...sheet.getProtections(types.RANGE)].some((p) => !p.canEdit());
  if (locked) report.warnings.push(MSG.sheetLocked(sheet.getName()));
  return locked;
}

function participants(data: SchoolData, kind: Kind): string[][] {
  if (kind === 'staff') {
    const unitName = new Map(data.units.map((u) => [key(u.id), u.name]));
    return data.staff.filter((s) => s.active).map((s) => [s.id, s.name, unitName.get(key(s.unitId)) ?? s.unitId]);
  }
  return data.units.map((u) => [u.id, u.name, u.type]);
}

/**
 * An estimate of the time a new card takes: under 40 calls (made, filled, noted, formatted, validated, protected,
 * named; the reads shared) at the 100 ms a call the benchmark charges. A card that exists costs about half.
 */
export const CARD_MS = 4_000;

type Action = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet, wb: SheetsWorkbook) => SheetsReport;

/**
 * Under the document lock, with leftovers of a failed run removed first; the run is logged in `Nhật ký`, and a
 * failure too (runLogged). A log line that cannot be written after the work is done is a warning of the report.
 */
function cardAction(services: GasServices, action: string, phase: string, run: Action): SheetsReport {
  return runLogged(
    services,
    { action, phase },
    () =>
      withDocumentLock(services, () => {
        const ss = services.SpreadsheetApp.getActiveSpreadsheet();
        const wb = new SheetsWorkbook(ss, { utilities: services.Utilities });
        wb.removeLeftovers();
        const report = run(ss, wb);
        try {
          appendLog(services, ss, wb, { action, phase });
        } catch (error) {
          report.warnings.push(MSG.logLineMissing(error instanceof Error ? error.message : String(error)));
        }
        return report;
      }),
    MSG.sheetsFailed,
  );
}

/** The school as read, or a UserError when a sheet could not be read (nothing is made from incomplete inputs). */
function readAll(wb: SheetsWorkbook): SchoolData {
  const guard = new ReadGuard(wb, undefined, MSG.sheetsReadFailed);
  const { data } = readSchool(guard);
  guard.refuseIfAReadFailed();
  return data;
}

export function createScoreCards(services: GasServices, phaseId: string): SheetsReport {
  const started = services.now?.() ?? Date.now();
  return cardAction(services, MSG.log.cards, phaseId.trim(), (_ss, wb) => scoreCards(services, wb, phaseId, started));
}

function scoreCards(services: GasServices, wb: SheetsWorkbook, phaseId: string, started: number): SheetsReport {
  const data = readAll(wb);
  const phase = findPhase(data, phaseId);
  if (data.members.length === 0) throw new UserError(MSG.noMembers);
  const kinds = (['staff', 'unit'] as Kind[]).filter((kind) => phaseCriteria(data, phase.id, kind).length > 0);
  if (kinds.length === 0) throw new UserError(MSG.noCriteria(phase.id));
  const total = kinds.length * data.members.length;
  const existing = new Set(wb.sheetNames());
  const report = emptyReport();
  // before protecting: a member who is not an editor of the file cannot open their card (sharing.ts)
  report.unshared = councilNotEditors(services, data.members);
  let done = 0;
  for (const kind of kinds) {
    const criteria = phaseCriteria(data, phase.id, kind);
    const rows = participants(data, kind);
    // one rule per criterion, shared by every card (a built DataValidation is a value; 5 calls to build each)
    const rules = criteria.map((c) => markRule(services.SpreadsheetApp, c.min, c.max));
    for (const member of data.members) {
      // the 6-minute limit: a card is begun only when it will be done in time, so the run stops between two cards,
      // each one whole, and says so (before making any when not even one fits); the next run goes on from there
      const name = cardSheetName(phase.id, member.id, kind);
      const elapsed = elapsedSince(services, started);
      const needed = existing.has(name) ? CARD_MS / 2 : CARD_MS;
      if (elapsed + needed > TIME_BUDGET_MS) {
        throw new UserError(done === 0 ? MSG.cardsOverBudget(elapsed, needed) : MSG.cardsStopped(done, total));
      }
      done += 1;
      if (lockedForRunner(services, wb, name, report)) continue;
      // a new card is made under a temporary name and named last: a failure leaves no half-made card
      const result = syncKeyedSheet(wb, {
        name,
        fixed: CARD_COLUMNS,
        open: criteria.map((c) => ({ header: c.id, note: MSG.headerNoteCard(c.text, c.min, c.max), width: 70 })),
        keyColumns: [0],
        rows,
        createAs: `${TEMP_PREFIX}${name}`,
      });
      const fixedCount = CARD_COLUMNS.length;
      const ruleOf = new Map(criteria.map((_, i) => [result.cols[fixedCount + i], rules[i]]));
      validateColumns(result, ruleOf);
      protectCard(services, result.sheet, member, name, report);
      if (result.created) result.sheet.setName(name);
      note(report, result, name);
    }
  }
  return report;
}

/** A rule on the data cells (row 2 to the last row) of each column, one call per run of adjacent columns. */
function validateColumns(result: KeyedSheet, ruleOf: Map<number, GoogleAppsScript.Spreadsheet.DataValidation>): void {
  const rows = result.lastRow - 1;
  if (rows < 1) return;
  for (const run of columnRuns([...ruleOf.keys()])) {
    const line = run.map((col) => ruleOf.get(col) ?? null);
    result.sheet.getRange(2, run[0], rows, run.length).setDataValidations(Array.from({ length: rows }, () => line));
  }
}

function protectCard(services: GasServices, sheet: Sheet, member: Member, name: string, report: SheetsReport): void {
  // Sheet.protect() returns the sheet's existing protection when it has one (lockedForRunner made sure it is ours)
  const me = services.Session.getEffectiveUser();
  const ok = restrictTo(sheet.protect(), MSG.cardProtection(`${member.id} ${member.name}`), member.email, me);
  if (!member.email) report.warnings.push(MSG.memberWithoutEmail(member.id, name));
  else if (!ok) report.warnings.push(MSG.memberEmailRefused(member.id, member.email, name));
}

export function createVoteSheets(services: GasServices, phaseId: string): SheetsReport {
  return cardAction(services, MSG.log.votes, phaseId.trim(), (_ss, wb) => voteSheets(services, wb, phaseId));
}

function voteSheets(services: GasServices, wb: SheetsWorkbook, phaseId: string): SheetsReport {
  const data = readAll(wb);
  const phase = findPhase(data, phaseId);
  if (data.members.length === 0) throw new UserError(MSG.noMembers);
  const awards = data.awards.filter((a) => key(a.phaseId) === key(phase.id));
  if (awards.length === 0) throw new UserError(MSG.noAwards(phase.id));
  const rows: string[][] = [];
  for (const kind of ['staff', 'unit'] as Kind[]) {
    const people = participants(data, kind);
    for (const award of awards.filter((a) => a.kind === kind)) for (const p of people) rows.push([p[0], p[1], award.code]);
  }
  const name = voteSheetName(phase.id);
  const report = emptyReport();
  if (lockedForRunner(services, wb, name, report)) return report;
  const result = syncKeyedSheet(wb, {
    name,
    fixed: VOTE_COLUMNS,
    open: data.members.map((m) => ({ header: m.id, note: MSG.memberColumnNote(m.name), width: 60 })),
    keyColumns: [0, 2],
    rows,
    createAs: `${TEMP_PREFIX}${name}`,
  });
  const fixedCount = VOTE_COLUMNS.length;
  const rule = voteRule(services.SpreadsheetApp);
  validateColumns(result, new Map(data.members.map((_, i) => [result.cols[fixedCount + i], rule])));
  // each member column: that member only; the list itself: the owner only
  const { sheet } = result;
  removeProtections(sheet, services.SpreadsheetApp.ProtectionType.RANGE);
  const height = result.maxRows;
  const me = services.Session.getEffectiveUser();
  for (const run of columnRuns(result.cols.slice(0, fixedCount))) {
    restrictTo(sheet.getRange(1, run[0], height, run.length).protect(), MSG.voteFixedProtection, '', me);
  }
  data.members.forEach((member, i) => {
    const col = result.cols[fixedCount + i];
    const ok = restrictTo(sheet.getRange(1, col, height, 1).protect(), MSG.voteProtection(`${member.id} ${member.name}`), member.email, me);
    if (!member.email) report.warnings.push(MSG.memberWithoutEmail(member.id, name));
    else if (!ok) report.warnings.push(MSG.memberEmailRefused(member.id, member.email, name));
  });
  if (result.created) sheet.setName(name);
  note(report, result, name);
  return report;
}
