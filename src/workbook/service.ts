// The sidebar's server functions as pure functions over a Workbook (served by Apps Script and the Node dev server).
import { key, participantKey } from '../core/codes';
import type { Kind, Phase, Problem, SchoolData } from '../core/model';
import type { ParticipantResult, PhaseTally } from '../core/result';
import { phaseCriteria } from '../core/scoring';
import { tallyPhase } from '../core/tally';
import type { OverviewView, PhaseView, TallyAwardView, TallyParticipantView, TallyView, ValidationView } from './api';
import { MSG } from './messages';
import type { Workbook } from './port';
import { dedupeProblems, problemView, sortProblems } from './problems';
import { readSchool } from './read-school';
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
  };
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

/** readSchool's problems and those of the tally of every phase, each once. */
export function validateData(wb: Workbook): ValidationView {
  const { data, problems } = readSchool(wb);
  const all = [...problems];
  for (const phase of data.phases) all.push(...safeTally(data, phase.id).problems);
  return counted(all);
}

/** Reads once, computes in full, then (with `write`) writes `Kết quả {đợt}` in one batch. Input sheets are never written. */
export function runTally(wb: Workbook, phaseId: string, opts: { write: boolean }): TallyView {
  const { data, problems } = readSchool(wb);
  const tally = safeTally(data, phaseId);
  const phase = data.phases.find((p) => key(p.id) === key(phaseId));
  let resultSheet: string | null = null;
  if (opts.write && phase !== undefined) {
    // the sheet's problem line counts what reading found too
    const sheet = resultsSheet(data, { ...tally, problems: dedupeProblems([...problems, ...tally.problems]) });
    wb.write([sheet]);
    resultSheet = sheet.name;
  }
  return {
    phase: phase ? phaseView(phase) : { id: phaseId, name: phaseId, type: 'phase', from: '', to: '' },
    resultSheet,
    decimals: data.config.decimals,
    ...tallyViews(data, tally),
    ...counted([...problems, ...tally.problems]),
  };
}

function tallyViews(data: SchoolData, tally: PhaseTally): Pick<TallyView, 'participants' | 'awards'> {
  const unitNames = new Map(data.units.map((u) => [key(u.id), u.name]));
  const unitName = (id: string | null) => (id === null ? null : (unitNames.get(key(id)) ?? id));
  const awardNames = new Map(tally.awards.map((a) => [key(a.code), a.name]));
  const criteria = { staff: phaseCriteria(data, tally.phase, 'staff'), unit: phaseCriteria(data, tally.phase, 'unit') };
  const byId = new Map(tally.participants.map((p) => [participantKey(p.kind, p.id), p]));

  const participants = tally.participants.map(
    (p): TallyParticipantView => ({
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
      criteria: criteria[p.kind].map((c) => ({ id: c.id, text: c.text, value: p.criteria[c.id] ?? null })),
      awards: [...p.awards],
      pending: [...p.pending],
      reasons: Object.entries(p.reasons).map(([award, reason]) => ({ award, awardName: awardNames.get(key(award)) ?? award, reason })),
    }),
  );
  const entry = (kind: Kind, id: string) => {
    const p: ParticipantResult | undefined = byId.get(participantKey(kind, id));
    return { id, name: p?.name ?? id, unit: p?.unit ?? null, unitName: unitName(p?.unit ?? null), score: p?.score ?? null, rank: p?.rank ?? null };
  };
  const awards = tally.awards.map(
    (a): TallyAwardView => ({
      code: a.code,
      name: a.name,
      kind: a.kind,
      quota: a.quota,
      byUnit: a.byUnit === undefined ? null : Object.entries(a.byUnit).map(([unit, seats]) => ({ unit, unitName: unitName(unit) ?? unit, seats })),
      recipients: a.recipients.map((id) => entry(a.kind, id)),
      pending: a.pending.map((id) => entry(a.kind, id)),
      open: a.open,
    }),
  );
  return { participants, awards };
}
