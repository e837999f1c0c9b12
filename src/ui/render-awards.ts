// Results: one card per award with its quota, the split by unit, recipients, pending ties and open seats.
// A long list of recipients shows its first names and “Xem tất cả (40)”.
import type { TallyAwardView } from '../workbook/api';
import { collapsibleList } from './collapse';
import { esc, formatNumber } from './format';
import { M, plural, text } from './messages';

type Person = TallyAwardView['recipients'][number];

const FIRST = 5;

function personLine(person: Person, status: 'awarded' | 'pending'): string {
  const unit = person.unitName ?? person.unit;
  return (
    `<li class="person person--${status}" data-id="${esc(person.id)}">` +
    `<span class="person__rank">${esc(text.rankShort(person.rank))}</span>` +
    `<span class="person__name">${esc(person.name)}</span>` +
    `<span class="person__score">${esc(formatNumber(person.score))}</span>` +
    (unit ? `<span class="person__unit" data-unit="${esc(person.unit ?? '')}">${esc(unit)}</span>` : '') +
    `</li>`
  );
}

export function renderAward(award: TallyAwardView): string {
  const quota =
    award.quota === null ? `<span class="quota__value">${esc(M.unlimited)}</span>` : `<span class="quota__value big">${award.quota}</span>`;
  const split = award.byUnit
    ? `<p class="split"><span class="split__label">${esc(M.byUnitLabel)}:</span> ` +
      award.byUnit
        .map((u) => `<span class="split__unit" data-unit="${esc(u.unit)}">${esc(text.seatsOfUnit(u.unitName, u.seats))}</span>`)
        .join(' ') +
      `</p>`
    : '';
  const recipients =
    award.recipients.length > 0
      ? collapsibleList(
          'ol',
          `class="people" aria-label="${esc(M.recipientsLabel)}"`,
          award.recipients.map((p) => personLine(p, 'awarded')),
          FIRST,
        )
      : `<p class="muted">${esc(M.noRecipients)}</p>`;
  const pending =
    award.pending.length > 0
      ? `<p class="pending-title"><span class="badge badge--pending">${esc(M.pendingBadge)}</span> ${esc(plural.people(award.pending.length))}</p>` +
        collapsibleList(
          'ol',
          `class="people people--pending" aria-label="${esc(M.pendingBadge)}"`,
          award.pending.map((p) => personLine(p, 'pending')),
          FIRST,
        )
      : '';
  const open = award.open > 0 ? `<p class="open-seats"><span aria-hidden="true">○ </span>${esc(plural.openSeats(award.open))}</p>` : '';
  return (
    `<article class="award" data-award="${esc(award.code)}" aria-label="${esc(award.name)}">` +
    `<h4 class="award__title">${esc(award.name)}</h4>` +
    `<p class="quota"><span class="quota__label">${esc(M.quotaLabel)}:</span> ${quota}` +
    ` <span class="quota__got">· ${esc(M.recipientsLabel)}: <strong>${award.recipients.length}</strong></span></p>` +
    split +
    recipients +
    pending +
    open +
    `</article>`
  );
}

export function renderAwards(awards: TallyAwardView[]): string {
  if (awards.length === 0) return `<p class="muted">${esc(M.noAwards)}</p>`;
  return awards.map(renderAward).join('');
}
