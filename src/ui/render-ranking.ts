// Results: the ranking, filterable by unit; each person expands to how the score was made (criteria, or the
// phases of a year-end mean) and the outcome of every award. Ties are shown as ties.
import type { TallyParticipantView } from '../workbook/api';
import { esc, formatMark, formatNumber, splitPhaseName } from './format';
import { M, text } from './messages';

/** award code → award name, for badges and reasons */
export type AwardNames = ReadonlyMap<string, string>;

/** A tie-break criterion as the ranking used it (TallyView.tieBreaks). */
export type TieBreak = { id: string; text: string };

/** At most this many names in a tie note; the rest are counted. */
const TIE_NAMES = 5;

function namesOf(others: { name: string; rank: number | null }[], withRank: boolean): string {
  const shown = others.slice(0, TIE_NAMES).map((o) => (withRank ? `${o.name} (${text.rankShort(o.rank)})` : o.name));
  return text.nameList(shown, others.length - shown.length);
}

function isTied(p: TallyParticipantView): boolean {
  return p.rank !== null && p.sameScore.some((o) => o.decidedBy === null);
}

/**
 * The tie, in words: who shares the rank (equal on the score and on every tie-break), and for those with the same
 * score but another rank, the tie-break criterion that ordered them (from the server: the ranking's own key).
 */
export function tieNotes(p: TallyParticipantView, tieBreaks: readonly TieBreak[]): string[] {
  if (p.rank === null || p.sameScore.length === 0) return [];
  const notes: string[] = [];
  const shared = p.sameScore.filter((o) => o.decidedBy === null);
  if (shared.length > 0) {
    const why =
      p.yearPhases !== undefined
        ? text.tieNoTieBreakYear
        : tieBreaks.length === 0
          ? text.tieNoTieBreak
          : text.tieEqualTieBreaks(tieBreaks.map((t) => `“${t.text}”`).join(', '));
    notes.push(text.tieShared(p.rank, namesOf(shared, false), why));
  }
  const byCriterion = new Map<string, { criterion: TieBreak; others: TallyParticipantView['sameScore'] }>();
  for (const o of p.sameScore) {
    if (o.decidedBy === null) continue;
    const entry = byCriterion.get(o.decidedBy.id) ?? { criterion: o.decidedBy, others: [] };
    entry.others.push(o);
    byCriterion.set(o.decidedBy.id, entry);
  }
  for (const { criterion, others } of byCriterion.values()) notes.push(text.tieBroken(namesOf(others, true), criterion.text));
  return notes;
}

function badges(p: TallyParticipantView, names: AwardNames): string {
  const parts: string[] = [];
  if (p.status === 'missing') parts.push(`<span class="badge badge--missing">${esc(M.missingBadge)}</span>`);
  for (const code of p.awards) {
    parts.push(`<span class="badge badge--awarded" data-award="${esc(code)}">✓ ${esc(names.get(code) ?? code)}</span>`);
  }
  for (const code of p.pending) {
    parts.push(
      `<span class="badge badge--pending" data-award="${esc(code)}">${esc(M.pendingBadge)}: ${esc(names.get(code) ?? code)}</span>`,
    );
  }
  return parts.join('');
}

function criteriaTable(p: TallyParticipantView): string {
  if (p.criteria.length === 0) return '';
  const rows = p.criteria
    .map(
      (c) =>
        `<tr><th scope="row"><span class="code">${esc(c.id)}</span> ${esc(c.text)}</th>` +
        `<td>${c.value === null ? `<span class="muted">${esc(M.notScored)}</span>` : esc(formatNumber(c.value))}</td></tr>`,
    )
    .join('');
  return `<table class="criteria"><caption>${esc(M.criteriaHeading)}</caption><tbody>${rows}</tbody></table>`;
}

/** Year end as the weighted mean of the phases: each phase's score and weight. */
function yearTable(p: TallyParticipantView): string {
  const phases = p.yearPhases;
  if (!phases || phases.length === 0) return '';
  const rows = phases
    .map(
      (y) =>
        `<tr data-phase="${esc(y.id)}"><th scope="row" title="${esc(y.name)}">${esc(splitPhaseName(y.name)[0])}</th><td>${esc(formatMark(y.weight))}</td>` +
        `<td>${y.score === null ? `<span class="muted">${esc(M.missingBadge)}</span>` : esc(formatNumber(y.score))}</td></tr>`,
    )
    .join('');
  return (
    `<table class="criteria year"><caption>${esc(M.yearHeading)}</caption>` +
    `<thead><tr><th scope="col">${esc(M.yearPhase)}</th><th scope="col">${esc(M.yearWeight)}</th><th scope="col">${esc(M.yearScore)}</th></tr></thead>` +
    `<tbody>${rows}</tbody></table>`
  );
}

function reasonsList(p: TallyParticipantView, names: AwardNames): string {
  const received = p.awards.map(
    (code) =>
      `<li class="reason reason--awarded"><span class="badge badge--awarded">${esc(M.awardsReceived)}</span> ${esc(names.get(code) ?? code)}</li>`,
  );
  const pending = p.pending.map(
    (code) =>
      `<li class="reason reason--pending"><span class="badge badge--pending">${esc(M.pendingBadge)}</span> ${esc(names.get(code) ?? code)}</li>`,
  );
  const failed = p.reasons.map(
    (r) =>
      `<li class="reason reason--failed" data-award="${esc(r.award)}"><strong>${esc(text.notReceived(r.awardName || r.award))}:</strong> ${esc(r.reason)}</li>`,
  );
  const items = [...received, ...pending, ...failed];
  if (items.length === 0) return `<p class="muted">${esc(M.noReasons)}</p>`;
  return `<h5 class="detail__heading">${esc(M.reasonsHeading)}</h5><ul class="reasons">${items.join('')}</ul>`;
}

export function renderParticipant(p: TallyParticipantView, names: AwardNames, tieBreaks: readonly TieBreak[] = []): string {
  const unit = p.kind === 'staff' ? (p.unitName ?? p.unit ?? '') : '';
  const state = p.awards.length > 0 ? 'awarded' : p.pending.length > 0 ? 'pending' : p.status;
  const tied = isTied(p);
  const notes = tieNotes(p, tieBreaks);
  const facts = [
    unit ? `<div><dt>${esc(M.unitLabel)}</dt><dd>${esc(unit)}</dd></div>` : '',
    `<div><dt>${esc(M.bandLabel)}</dt><dd>${esc(p.band ?? M.noBand)}</dd></div>`,
    p.raw !== null ? `<div><dt>${esc(M.rawTotal)}</dt><dd>${esc(formatNumber(p.raw))}</dd></div>` : '',
  ].join('');
  const awardWords = [
    ...p.awards.map((c) => names.get(c) ?? c),
    ...p.pending.map((c) => `${M.pendingBadge}: ${names.get(c) ?? c}`),
    ...(p.status === 'missing' ? [M.missingBadge] : []),
  ].join(', ');
  const label = text.entryLabel(
    `${text.rankShort(p.rank)}${tied ? ` (${M.tieBadge.toLowerCase()})` : ''}`,
    p.name,
    formatNumber(p.score),
    awardWords,
  );
  return (
    `<li class="entry entry--${state}" data-id="${esc(p.id)}" data-unit="${esc(p.unit ?? '')}">` +
    `<details><summary aria-label="${esc(label)}">` +
    `<span class="entry__rank">${esc(text.rankShort(p.rank))}${tied ? `<span class="entry__tie">${esc(M.tieBadge)}</span>` : ''}</span>` +
    `<span class="entry__name">${esc(p.name)}</span>` +
    `<span class="entry__score">${esc(formatNumber(p.score))}</span>` +
    `<span class="entry__meta">${unit ? `<span class="entry__unit">${esc(unit)}</span>` : ''}` +
    `${p.band ? `<span class="entry__band">${esc(p.band)}</span>` : ''}${badges(p, names)}</span>` +
    `</summary><div class="detail"><dl class="facts">${facts}</dl>` +
    notes.map((n) => `<p class="tie-note">${esc(n)}</p>`).join('') +
    `${yearTable(p)}${criteriaTable(p)}${reasonsList(p, names)}</div></details></li>`
  );
}

/** Participants of one kind, optionally only those of one unit ('' = every unit), in the server's order. */
export function filterParticipants(participants: TallyParticipantView[], kind: 'staff' | 'unit', unit: string): TallyParticipantView[] {
  return participants.filter((p) => p.kind === kind && (unit === '' || kind === 'unit' || p.unit === unit));
}

/** The list; `unit` is the filter ('' = every unit), which decides what an empty list says. */
export function renderRankingList(
  participants: TallyParticipantView[],
  names: AwardNames,
  tieBreaks: readonly TieBreak[] = [],
  unit = '',
): string {
  if (participants.length === 0) return `<p class="muted">${esc(unit === '' ? M.rankingEmptyAll : M.rankingEmpty)}</p>`;
  return `<ol class="ranking">${participants.map((p) => renderParticipant(p, names, tieBreaks)).join('')}</ol>`;
}

/** The unit filter: every unit that has staff in the ranking, in the overview's order. */
export function renderUnitFilter(units: { id: string; name: string }[], participants: TallyParticipantView[], selected: string): string {
  const present = new Set(participants.filter((p) => p.kind === 'staff').map((p) => p.unit));
  const options = units
    .filter((u) => present.has(u.id))
    .map((u) => `<option value="${esc(u.id)}"${u.id === selected ? ' selected' : ''}>${esc(u.name)}</option>`)
    .join('');
  return (
    `<label for="unit-filter">${esc(M.filterLabel)}</label>` +
    `<select id="unit-filter"><option value=""${selected === '' ? ' selected' : ''}>${esc(M.filterAll)}</option>${options}</select>`
  );
}
