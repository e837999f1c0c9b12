// The sidebar's server functions as pure functions over a Workbook (served by Apps Script and the Node dev server).
import { key, participantKey } from '../core/codes';
import { councilWarnings } from '../core/council-warnings';
import type { Kind, Phase, Problem, SchoolData } from '../core/model';
import type { ParticipantResult, PhaseTally } from '../core/result';
import { decidingKey, rankingKey, rankingTieBreaks } from '../core/ranking';
import { phaseCriteria, scoreKind, usesYearMean } from '../core/scoring';
import { registrationWarnings } from '../core/conditions/registration';
import { tallyPhase } from '../core/tally';
import type { DocumentView, OverviewView, PhaseView, TallyAwardView, TallyParticipantView, TallyView, ValidationView } from './api';
import { phaseFairness } from '../core/fairness';
import type { PhaseFairness } from '../core/fairness';
import { fairnessSheet } from '../documents/fairness-sheet';
import { fairnessView } from './fairness-view';
import { MSG } from './messages';
import type { Workbook } from './port';
import { dedupeProblems, problemView, sortProblems } from './problems';
import { readSchool } from './read-school';
import { exportDocuments } from '../documents/registry';
import { resultsSheet } from '../documents/results-sheet';

function phaseView(p: Phase): PhaseView {
  return { id: p.id, name: p.name, type: p.type, from: p.from, to: p.to };
}

export function getOverview(wb: Workbook): OverviewView {
  const { data } = readSchool(wb);
  return {
    schoolName: data.config.schoolName,
    schoolYear: data.config.schoolYear,
    phases: data.phases.map(phaseView),
    units: data.units.map((u) => ({ id: u.id, name: u.name })),
    documents: listDocuments(),
  };
}

/** The export documents of the registry, as the sidebar and the menu offer them. */
export function listDocuments(): DocumentView[] {
  return exportDocuments().map((d) => ({ id: d.id, label: d.label, needsPhase: d.needsPhase }));
}

/** The tally of a phase, never throwing: an engine failure becomes a problem. */
function safeTally(data: SchoolData, phaseId: string): PhaseTally {
  try {
    return tallyPhase(data, phaseId);
  } catch (e) {
    const message = MSG.engineFailed(e instanceof Error ? e.message : String(e));
    return { phase: phaseId, participants: [], awards: [], problems: [{ severity: 'error', where: null, message }] };
  }
}

function counted(problems: Problem[]): { errors: number; warnings: number; problems: ReturnType<typeof problemView>[] } {
  const list = sortProblems(dedupeProblems(problems));
  const errors = list.filter((p) => p.severity === 'error').length;
  return { errors, warnings: list.length - errors, problems: list.map(problemView) };
}

/**
 * Every check of a school, each once and in sheet order: what reading found, the council's warnings, the tally of
 * every phase and the registration warnings the exports give. `thidua validate` and the sidebar's “Kiểm tra” both
 * use it, so the check and the export never disagree.
 */
export function schoolChecks(data: SchoolData, readProblems: Problem[]): Problem[] {
  const all = [...readProblems, ...councilWarnings(data)];
  for (const phase of data.phases) all.push(...safeTally(data, phase.id).problems);
  all.push(...registrationWarnings(data));
  return sortProblems(dedupeProblems(all));
}

/** The sidebar's “Kiểm tra”: every check of the school (`schoolChecks`), counted. */
export function validateData(wb: Workbook): ValidationView {
  const { data, problems } = readSchool(wb);
  return counted(schoolChecks(data, problems));
}

/** Reads once, computes in full, then (with `write`) writes `Kết quả {đợt}` in one batch. Input sheets are never written. */
export function runTally(wb: Workbook, phaseId: string, opts: { write: boolean }): TallyView {
  const { data, problems } = readSchool(wb);
  const tally = safeTally(data, phaseId);
  const phase = data.phases.find((p) => key(p.id) === key(phaseId));
  // everything is computed before anything is written: the results and the council's statistics, one batch
  const fairnessProblems: Problem[] = [];
  const stats = phase === undefined ? undefined : safeFairness(data, phase.id, tally, fairnessProblems);
  const fairness = stats === undefined ? undefined : fairnessView(data, tally, stats);
  let resultSheet: string | null = null;
  if (opts.write && phase !== undefined) {
    // the sheet's problem line counts what reading found too
    const sheet = resultsSheet(data, { ...tally, problems: dedupeProblems([...problems, ...tally.problems]) });
    wb.write(stats === undefined ? [sheet] : [sheet, fairnessSheet(data, tally, stats)]);
    resultSheet = sheet.name;
  }
  return {
    phase: phase ? phaseView(phase) : { id: phaseId, name: phaseId, type: 'phase', from: '', to: '' },
    resultSheet,
    decimals: data.config.decimals,
    ...tallyViews(data, tally),
    ...counted([...problems, ...tally.problems, ...fairnessProblems]),
    ...(fairness !== undefined ? { fairness } : {}),
  };
}

/** The council's statistics; a failure is reported as a problem and the panel and sheet are left out. */
function safeFairness(data: SchoolData, phaseId: string, tally: PhaseTally, problems: Problem[]): PhaseFairness | undefined {
  try {
    return phaseFairness(data, phaseId, tally);
  } catch (e) {
    problems.push({ severity: 'warning', where: null, message: MSG.fairnessFailed(e instanceof Error ? e.message : String(e)) });
    return undefined;
  }
}

function tallyViews(data: SchoolData, tally: PhaseTally): Pick<TallyView, 'participants' | 'awards' | 'tieBreaks'> {
  const unitNames = new Map(data.units.map((u) => [key(u.id), u.name]));
  const unitName = (id: string | null) => (id === null ? null : (unitNames.get(key(id)) ?? id));
  const awardNames = new Map(tally.awards.map((a) => [key(a.code), a.name]));
  const criteria = { staff: phaseCriteria(data, tally.phase, 'staff'), unit: phaseCriteria(data, tally.phase, 'unit') };
  const byId = new Map(tally.participants.map((p) => [participantKey(p.kind, p.id), p]));
  const yearPhases = { staff: yearPhaseScores(data, tally.phase, 'staff'), unit: yearPhaseScores(data, tally.phase, 'unit') };
  const ties = sameScoreViews(data, tally);

  const participants = tally.participants.map((p): TallyParticipantView => ({
    kind: p.kind,
    id: p.id,
    name: p.name,
    unit: p.unit,
    unitName: unitName(p.unit),
    score: p.score,
    raw: p.raw,
    band: p.band,
    rank: p.rank,
    status: p.status,
    // a year-end mean has no criteria of its own: its phases explain the score instead
    criteria: yearPhases[p.kind] ? [] : criteria[p.kind].map((c) => ({ id: c.id, text: c.text, value: p.criteria[c.id] ?? null })),
    awards: [...p.awards],
    pending: [...p.pending],
    reasons: Object.entries(p.reasons).map(([award, reason]) => ({ award, awardName: awardNames.get(key(award)) ?? award, reason })),
    ...(yearPhases[p.kind] ? { yearPhases: yearPhases[p.kind]?.(p.id) } : {}),
    sameScore: ties.sameScore.get(participantKey(p.kind, p.id)) ?? [],
  }));
  const entry = (kind: Kind, id: string) => {
    const p: ParticipantResult | undefined = byId.get(participantKey(kind, id));
    return {
      id,
      name: p?.name ?? id,
      unit: p?.unit ?? null,
      unitName: unitName(p?.unit ?? null),
      score: p?.score ?? null,
      rank: p?.rank ?? null,
    };
  };
  const awards = tally.awards.map((a): TallyAwardView => ({
    code: a.code,
    name: a.name,
    kind: a.kind,
    quota: a.quota,
    byUnit:
      a.byUnit === undefined ? null : Object.entries(a.byUnit).map(([unit, seats]) => ({ unit, unitName: unitName(unit) ?? unit, seats })),
    recipients: a.recipients.map((id) => entry(a.kind, id)),
    pending: a.pending.map((id) => entry(a.kind, id)),
    open: a.open,
  }));
  return { participants, awards, tieBreaks: ties.tieBreaks };
}

/**
 * Who shares a score with whom, and which tie-break criterion ordered each pair (read off the ranking's own key,
 * so the explanation cannot disagree with the ranks): participant key → the others with that score.
 */
function sameScoreViews(
  data: SchoolData,
  tally: PhaseTally,
): { tieBreaks: TallyView['tieBreaks']; sameScore: Map<string, TallyParticipantView['sameScore']> } {
  const phase = data.phases.find((p) => key(p.id) === key(tally.phase));
  const sameScore = new Map<string, TallyParticipantView['sameScore']>();
  const tieBreaks: TallyView['tieBreaks'] = { staff: [], unit: [] };
  if (phase === undefined) return { tieBreaks, sameScore };
  for (const kind of ['staff', 'unit'] as const) {
    const texts = new Map(phaseCriteria(data, phase.id, kind).map((c) => [c.id, c.text]));
    const ids = rankingTieBreaks(data, phase, kind);
    tieBreaks[kind] = ids.map((id) => ({ id, text: texts.get(id) ?? id }));
    const groups = new Map<number, ParticipantResult[]>();
    for (const p of tally.participants) {
      if (p.kind !== kind || p.score === null) continue;
      groups.set(p.score, [...(groups.get(p.score) ?? []), p]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const keys = group.map((p) => rankingKey(p, ids));
      group.forEach((p, i) => {
        const others = group.flatMap((o, j) => {
          if (j === i) return [];
          const at = decidingKey(keys[i], keys[j]);
          // equal scores: the key differs, if at all, at a tie-break (at ≥ 1)
          const decidedBy = at === null || at === 0 ? null : tieBreaks[kind][at - 1];
          return [{ id: o.id, name: o.name, rank: o.rank, decidedBy }];
        });
        sameScore.set(participantKey(kind, p.id), others);
      });
    }
  }
  return { tieBreaks, sameScore };
}

/**
 * For a year end scored as the weighted mean of the phases: participant id → each counted phase's score and weight
 * (the same rounded phase scores the mean is made of). null when the phase is scored from its own cards.
 */
function yearPhaseScores(data: SchoolData, phaseId: string, kind: Kind): ((id: string) => TallyParticipantView['yearPhases']) | null {
  const phase = data.phases.find((p) => key(p.id) === key(phaseId));
  if (!phase || !usesYearMean(data, phase, kind)) return null;
  const counted = data.phases.filter((p) => p.type === 'phase' && p.yearWeight !== 0);
  const scores = counted.map((p) => {
    const byId = new Map<string, number | null>();
    // problems of these phases are reported by the tally itself; here only the scores are wanted
    for (const s of scoreKind(data, p, kind, []).participants) byId.set(key(s.id), s.score);
    return byId;
  });
  return (id) => counted.map((p, i) => ({ id: p.id, name: p.name, weight: p.yearWeight, score: scores[i].get(key(id)) ?? null }));
}
