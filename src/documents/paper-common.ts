// What the council's documents share: names, roles, the ballot count of a phase and the reward money.
// Nothing here decides an award: recipients come from the tally; the ballot count restates the `Phiếu` sheet.
import { roundUpTo, titleKind } from '../core/award-titles';
import { formatCell } from '../core/cellref';
import { DEFAULT_BASE_SALARY, DEFAULT_REWARD_COEFFICIENTS, DEFAULT_REWARD_ROUNDING } from '../core/model';
import { key, sameCode } from '../core/codes';
import type { AwardRule, Config, Kind, Member, Phase, Problem, SchoolData } from '../core/model';
import { formatNumberVi } from '../core/numbers';
import type { AwardResult } from '../core/result';
import { SHEET } from '../core/sheet-names';
import { paperProblem } from './paper-messages';

export function staffOf(data: SchoolData, id: string): SchoolData['staff'][number] | undefined {
  return data.staff.find((s) => sameCode(s.id, id));
}

export function unitName(data: SchoolData, id: string | null | undefined): string {
  if (!id) return '';
  return data.units.find((u) => sameCode(u.id, id))?.name ?? id;
}

export function participantName(data: SchoolData, kind: Kind, id: string): string {
  return kind === 'staff' ? (staffOf(data, id)?.name ?? id) : unitName(data, id);
}

const hasRole = (m: Member, word: string): boolean => key(m.role).includes(key(word));

/** The chair (`Chủ tịch`, not `Phó Chủ tịch`) and the secretary (`Thư ký`) from `Vai trò`, with warnings when absent. */
export function councilRoles(data: SchoolData): { chair: string; secretary: string; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const where = { sheet: SHEET.members, row: 1, col: 1 };
  const chair = data.members.find((m) => hasRole(m, 'chủ tịch') && !hasRole(m, 'phó chủ tịch'));
  const secretary = data.members.find((m) => hasRole(m, 'thư ký'));
  if (!chair) warnings.push({ severity: 'warning', where, message: paperProblem.noChair });
  if (!secretary) warnings.push({ severity: 'warning', where, message: paperProblem.noSecretary });
  return { chair: chair?.name ?? data.config.principal, secretary: secretary?.name ?? '', warnings };
}

export interface BallotCandidate {
  kind: Kind;
  id: string;
  name: string;
  unit: string;
  agree: number;
  /** agree / council size as a percentage, shown with `Số chữ số thập phân` */
  percentText: string;
  /** null when the award sets no vote threshold */
  passed: boolean | null;
}

export interface BallotAward {
  rule: AwardRule;
  issued: number;
  returned: number;
  valid: number;
  invalidCells: string[];
  candidates: BallotCandidate[];
}

/**
 * Per award voted on in the phase's `Phiếu` sheets: ballots issued (the council), returned (a member column with a
 * mark in that award's rows), valid (returned, without a cell other than Đ/K/blank), and per candidate the
 * agreeing votes the engine counts. Passing is "agree / council ≥ threshold", compared exactly (SPEC §8).
 */
export function ballotCount(data: SchoolData, phase: Phase): { awards: BallotAward[]; warnings: Problem[]; sheets: number } {
  const members = data.members.length;
  const sheets = data.votes.filter((v) => sameCode(v.phaseId, phase.id));
  const warnings: Problem[] = [];
  const rules = data.awards.filter((a) => sameCode(a.phaseId, phase.id));
  const awards: BallotAward[] = [];
  for (const rule of rules) {
    const returned = new Set<string>();
    const invalid = new Set<string>();
    const invalidCells: string[] = [];
    const candidates: BallotCandidate[] = [];
    for (const sheet of sheets) {
      const columns = sheet.members ?? [];
      for (const row of sheet.rows) {
        if (!sameCode(row.awardCode, rule.code)) continue;
        (row.marks ?? []).forEach((mark, i) => {
          const column = columns[i];
          if (column === undefined || mark === 'blank') return;
          returned.add(key(column.memberId));
          if (mark === 'invalid') {
            invalid.add(key(column.memberId));
            invalidCells.push(formatCell({ sheet: sheet.sheet, row: row.row, col: column.col }));
            const member = data.members.find((m) => sameCode(m.id, column.memberId));
            warnings.push({
              severity: 'warning',
              where: { sheet: sheet.sheet, row: row.row, col: column.col },
              message: paperProblem.invalidBallot(member?.name ?? column.memberId, rule.name),
            });
          }
        });
        const staff = staffOf(data, row.participantId);
        const kind: Kind = staff ? 'staff' : 'unit';
        const passed = rule.minVotePercent === null || members === 0 ? null : row.agree * 100 >= rule.minVotePercent * members;
        candidates.push({
          kind,
          id: row.participantId,
          name: participantName(data, kind, row.participantId),
          unit: staff ? unitName(data, staff.unitId) : '',
          agree: row.agree,
          percentText: members > 0 ? formatNumberVi((100 * row.agree) / members, data.config.decimals) : '',
          passed,
        });
      }
    }
    if (candidates.length === 0) continue;
    awards.push({ rule, issued: members, returned: returned.size, valid: returned.size - invalid.size, invalidCells, candidates });
  }
  return { awards, warnings, sheets: sheets.length };
}

/** The number format of money columns: thousands grouped, no decimals. */
export const MONEY_FORMAT = '#,##0';

/** The reward of one recipient of `award` in đồng: coefficient × lương cơ sở, rounded up; null when the law sets none. */
export function rewardOf(config: Config, award: Pick<AwardResult, 'code' | 'name' | 'kind'>): number | null {
  const kind = titleKind(award.code, award.name, award.kind);
  if (kind === null) return null;
  const coefficient = (config.rewardCoefficients ?? DEFAULT_REWARD_COEFFICIENTS)[kind];
  const base = config.baseSalary ?? DEFAULT_BASE_SALARY;
  return roundUpTo(coefficient * base, config.rewardRounding ?? DEFAULT_REWARD_ROUNDING);
}
