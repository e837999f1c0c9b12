// Section 4: a button per export document, the links an export produced, and its warnings.
import type { DocumentView, ExportView } from '../workbook/api';
import { esc } from './format';
import { M, text } from './messages';
import { renderProblem } from './render-problems';

export function renderExport(view: ExportView): string {
  const links =
    view.links.length > 0
      ? `<ul class="links" aria-label="${esc(M.exportLinksLabel)}">` +
        view.links
          .map((l) => `<li><a href="${esc(l.url)}" target="_blank" rel="noopener noreferrer">${esc(l.label)}</a></li>`)
          .join('') +
        `</ul>`
      : `<p class="muted">${esc(M.exportNoLinks)}</p>`;
  const warnings =
    view.warnings.length > 0 ? `<ul class="problems">${view.warnings.map(renderProblem).join('')}</ul>` : '';
  return `<div class="export" data-kind="${esc(view.kind)}"><p class="export__title">${esc(view.title)}</p>${links}${warnings}</div>`;
}

/**
 * One button per export document of the registry (the overview's list): a phase's document names the selected
 * phase and is disabled while none is selected. `data-document` carries the id the click exports.
 */
export function renderExportButtons(documents: DocumentView[], phaseId: string, busy: boolean): string {
  return documents
    .map((d) => {
      const disabled = busy || (d.needsPhase && phaseId === '');
      const label = d.needsPhase && phaseId !== '' ? text.exportDocumentButton(d.label, phaseId) : d.label;
      return `<button type="button" class="button" data-document="${esc(d.id)}"${disabled ? ' disabled' : ''}>${esc(label)}</button>`;
    })
    .join('');
}
