// Small HTML pages for dialogs (problem list, export links, help), built as strings.
import type { ExportView, ProblemView } from '../workbook/api';
import { MSG } from './messages';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const STYLE =
  '<style>body{font:13px Arial,sans-serif;margin:8px}li{margin:4px 0}a{color:#1a73e8;cursor:pointer}' +
  '.error{color:#c5221f}.warning{color:#b06000}</style>';

/** The problems, each cell a link that selects it (google.script.run.goToCell). */
export function problemsPage(problems: ProblemView[], limit = 300): string {
  const items = problems.slice(0, limit).map((p) => {
    const label = p.severity === 'error' ? MSG.errorLabel : MSG.warningLabel;
    const cell = p.cell ? `<a onclick="google.script.run.goToCell(${escapeHtml(JSON.stringify(p.cell))})">${escapeHtml(p.cell)}</a>: ` : '';
    return `<li class="${p.severity}"><b>${label}</b> ${cell}${escapeHtml(p.message)}</li>`;
  });
  const more = problems.length > limit ? `<p>… (+${problems.length - limit})</p>` : '';
  return `${STYLE}<p>${escapeHtml(MSG.checkHint)}</p><ul>${items.join('')}</ul>${more}`;
}

export function exportPage(view: ExportView): string {
  const links = view.links.map((l) => `<li><a href="${escapeHtml(l.url)}" target="_blank">${escapeHtml(l.label)}</a></li>`);
  const warnings = view.warnings.map((w) => `<li class="warning">${w.cell ? `${escapeHtml(w.cell)}: ` : ''}${escapeHtml(w.message)}</li>`);
  return `${STYLE}<p><b>${escapeHtml(view.title)}</b></p><ul>${links.join('')}</ul>${warnings.length > 0 ? `<ul>${warnings.join('')}</ul>` : ''}`;
}

export function helpPage(): string {
  return `${STYLE}${MSG.help.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}`;
}
