// Xuất: one button per document, and one card per exported document (a repeated export replaces its card).
import type { ExportView } from '../workbook/api';
import type { DocumentChoice } from './documents';
import { esc } from './format';
import { M, text } from './messages';
import { renderProblem } from './render-problems';

/** The document buttons: those of the whole year, then those of the picked phase (under its name). */
export function renderDocumentButtons(documents: DocumentChoice[], phase: { id: string; short: string } | null): string {
  const button = (d: DocumentChoice) =>
    `<button type="button" class="button doc-button" data-document="${esc(d.id)}"` +
    `${d.needsPhase && phase ? ` aria-label="${esc(text.documentFor(d.label, phase.short))}"` : ''}>${esc(d.label)}</button>`;
  const year = documents.filter((d) => !d.needsPhase);
  const ofPhase = documents.filter((d) => d.needsPhase);
  const groups: string[] = [];
  if (ofPhase.length > 0) {
    groups.push(
      `<h3 class="doc-group">${esc(phase ? text.phaseGroup(phase.short) : M.exportNeedsPhase)}</h3>` +
        (phase ? `<div class="button-row">${ofPhase.map(button).join('')}</div>` : ''),
    );
  }
  if (year.length > 0) {
    groups.push(`<h3 class="doc-group">${esc(M.exportYearGroup)}</h3><div class="button-row">${year.map(button).join('')}</div>`);
  }
  return groups.join('');
}

/** A card for one export: what it is, when, its links and its warnings. `key` names the document and phase. */
export function renderExport(view: ExportView, key: string, time: string): string {
  const links =
    view.links.length > 0
      ? `<ul class="links" aria-label="${esc(M.exportLinksLabel)}">` +
        view.links.map((l) => `<li><a href="${esc(l.url)}" target="_blank" rel="noopener noreferrer">${esc(l.label)}</a></li>`).join('') +
        `</ul>`
      : `<p class="muted">${esc(M.exportNoLinks)}</p>`;
  const warnings = view.warnings.length > 0 ? `<ul class="problems">${view.warnings.map(renderProblem).join('')}</ul>` : '';
  return (
    `<div class="export" data-kind="${esc(view.kind)}" data-key="${esc(key)}">` +
    `<p class="export__title">${esc(view.title)}</p><p class="export__time">${esc(text.exportDone(time))}</p>${links}${warnings}</div>`
  );
}
