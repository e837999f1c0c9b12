// Section 4: the links an export produced, and its warnings.
import type { ExportView } from '../workbook/api';
import { esc } from './format';
import { M } from './messages';
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
