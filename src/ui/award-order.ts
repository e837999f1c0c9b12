// Which award a person holds is the highest, derived from the phase's awards (never from fixed codes):
// the awards come in processing order (`Thứ tự xét`), where an earlier award of an exclusive group is the
// higher one; but an award that others build on (held together with a later one, like LĐTT under CSTĐCS or a
// giấy khen) sits below every award it is found under.
import type { TallyAwardView, TallyParticipantView } from '../workbook/api';

/** Award codes from highest to lowest. */
export function awardPrecedence(awards: TallyAwardView[], participants: TallyParticipantView[]): string[] {
  const position = new Map(awards.map((a, i) => [a.code, i]));
  const beneath = new Map(awards.map((a) => [a.code, new Set<string>()]));
  for (const p of participants) {
    for (const low of p.awards) {
      for (const high of p.awards) {
        if ((position.get(low) ?? 0) < (position.get(high) ?? 0)) beneath.get(low)?.add(high);
      }
    }
  }
  return awards
    .map((a) => a.code)
    .sort((a, b) => (beneath.get(a)?.size ?? 0) - (beneath.get(b)?.size ?? 0) || (position.get(a) ?? 0) - (position.get(b) ?? 0));
}

/** The highest award a participant holds, or null. */
export function highestAward(p: TallyParticipantView, precedence: string[]): string | null {
  for (const code of precedence) if (p.awards.includes(code)) return code;
  return null;
}
