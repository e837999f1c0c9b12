// With `Chuẩn hóa điểm theo thành viên` = Có the decisions rest on normalised marks: every reason of an award that
// uses scores says so, so that nobody reads a normalised ranking as the raw one.
import { usesScores } from '../eligibility';
import type { AwardRule } from '../model';
import { codeKey } from '../codes';
import { fairnessText } from './messages';

/** The reasons of a participant with the note added to those of awards that use scores. */
export function noteNormalised(rules: readonly AwardRule[]): (reasons: Record<string, string>) => Record<string, string> {
  const scored = new Set(rules.filter(usesScores).map((r) => codeKey(r.code)));
  return (reasons) =>
    Object.fromEntries(
      Object.entries(reasons).map(([code, text]) => [code, scored.has(codeKey(code)) ? `${text} — ${fairnessText.normalisedNote}` : text]),
    );
}
