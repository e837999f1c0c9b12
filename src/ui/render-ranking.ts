// Results: the ranking, filterable by unit; each person expands to per-criterion aggregates and the reason for
// every award not received.
import type { TallyParticipantView } from '../workbook/api';
import { esc, formatMark, formatNumber } from './format';
import { M, text } from './messages';

/** award code → award name, for badges and reasons */
export type AwardNames = ReadonlyMap<string, string>;

function badges(p: TallyParticipantView, names: AwardNames): string {
  const parts: string[] = [];
  if (p.status === 'missing') parts.push(`<span class="badge badge--missing">${esc(M.missingBadge)}</span>`);
  for (const code of p.awards) {
    parts.push(`<span class="badge badge--awarded" title="${esc(names.get(code) ?? code)}">✓ ${esc(code)}</span>`);
  }
  for (const code of p.pending) {
    parts.push(
      `<span class="badge badge--pending" title="${esc(names.get(code) ?? code)}">${esc(M.pendingBadge)}: ${esc(code)}</span>`,
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
        `<td>${c.value === null ? `<span class="muted">${esc(M.notScored)}</span>` : esc(formatMark(c.value))}</td></tr>`,
    )
    .join('');
  return `<table class="criteria"><caption>${esc(M.criteriaHeading)}</caption><tbody>${rows}</tbody></table>`;
}

function reasonsList(p: TallyParticipantView, names: AwardNames): string {
  const received = p.awards.map(
    (code) => `<li class="reason reason--awarded"><span class="badge badge--awarded">${esc(M.awardsReceived)}</span> ${esc(names.get(code) ?? code)}</li>`,
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

export function renderParticipant(p: TallyParticipantView, names: AwardNames): string {
  const unit = p.kind === 'staff' ? (p.unitName ?? p.unit ?? '') : '';
  const state = p.awards.length > 0 ? 'awarded' : p.pending.length > 0 ? 'pending' : p.status;
  const facts = [
    unit ? `<div><dt>${esc(M.unitLabel)}</dt><dd>${esc(unit)}</dd></div>` : '',
    `<div><dt>${esc(M.bandLabel)}</dt><dd>${esc(p.band ?? M.noBand)}</dd></div>`,
    p.raw !== null ? `<div><dt>${esc(M.rawTotal)}</dt><dd>${esc(formatMark(p.raw))}</dd></div>` : '',
  ].join('');
  return (
    `<li class="entry entry--${state}" data-id="${esc(p.id)}" data-unit="${esc(p.unit ?? '')}">` +
    `<details><summary aria-label="${esc(text.expandHint(p.name))}">` +
    `<span class="entry__rank">${esc(text.rankShort(p.rank))}</span>` +
    `<span class="entry__name">${esc(p.name)}</span>` +
    `<span class="entry__score">${esc(formatNumber(p.score))}</span>` +
    `<span class="entry__meta">${unit ? `<span class="entry__unit">${esc(unit)}</span>` : ''}` +
    `${p.band ? `<span class="entry__band">${esc(p.band)}</span>` : ''}${badges(p, names)}</span>` +
    `</summary><div class="detail"><dl class="facts">${facts}</dl>${criteriaTable(p)}${reasonsList(p, names)}</div></details></li>`
  );
}

/** Participants of one kind, optionally only those of one unit ('' = every unit), in the server's order. */
export function filterParticipants(
  participants: TallyParticipantView[],
  kind: 'staff' | 'unit',
  unit: string,
): TallyParticipantView[] {
  return participants.filter((p) => p.kind === kind && (unit === '' || kind === 'unit' || p.unit === unit));
}

export function renderRankingList(participants: TallyParticipantView[], names: AwardNames): string {
  if (participants.length === 0) return `<p class="muted">${esc(M.rankingEmpty)}</p>`;
  return `<ol class="ranking">${participants.map((p) => renderParticipant(p, names)).join('')}</ol>`;
}

/** The unit filter: every unit that has staff in the ranking, in the overview's order. */
export function renderUnitFilter(
  units: { id: string; name: string }[],
  participants: TallyParticipantView[],
  selected: string,
): string {
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
