// The council's statistics as the sidebar panel "Độ thống nhất của Hội đồng" needs them: numbers for the chart and
// every sentence already written (core/fairness/messages.ts), so the panel only lays them out.
import { key } from '../core/codes';
import type { PhaseFairness } from '../core/fairness';
import { fairnessText, participantNames } from '../core/fairness/messages';
import type { Kind, SchoolData } from '../core/model';
import type { PhaseTally } from '../core/result';
import type { FairnessView } from './api';

const KINDS: Kind[] = ['staff', 'unit'];

export function fairnessView(data: SchoolData, tally: PhaseTally, f: PhaseFairness): FairnessView {
  const nameOf = participantNames(tally);
  // the panel names awards as the badges do (their names, never bare codes)
  const awardNames = new Map(tally.awards.map((a) => [key(a.code), a.name]));
  const named = <C extends { award: string }>(changes: C[]): C[] =>
    changes.map((c) => ({ ...c, award: awardNames.get(key(c.award)) ?? c.award }));
  const marked = new Set(f.members.map((m) => m.kind));
  const notes = KINDS.filter((k) => !f.agreement.some((a) => a.kind === k)).flatMap((k) =>
    f.yearMean.includes(k) ? [fairnessText.yearMean(k)] : marked.has(k) ? [fairnessText.noAgreement(k)] : [],
  );
  const changes = named(f.normalisation.changes);
  return {
    members: f.members.map((m) => ({
      id: m.id,
      name: m.name,
      kind: m.kind,
      marked: m.marked,
      deviation: m.deviation,
      deviationSd: m.deviationSd,
      rho: m.rho,
      flag: m.flag,
      sentence: fairnessText.flag(m),
    })),
    lenientSd: data.config.lenientSd,
    strictSd: data.config.strictSd,
    agreement: f.agreement.map((a) => ({
      kind: a.kind,
      method: a.method,
      w: a.w,
      reading: a.reading,
      sentence: fairnessText.agreement(a),
    })),
    notes,
    sensitivity: f.sensitivity.map((s) => fairnessText.withoutMember(s.member, named(s.changes), nameOf)),
    goodNews: fairnessText.noSensitivity,
    normalisation: {
      on: f.normalisation.on,
      sentence: f.normalisation.on ? fairnessText.normalisedOn(changes, nameOf) : fairnessText.normalisedOff(changes, nameOf),
    },
  };
}
