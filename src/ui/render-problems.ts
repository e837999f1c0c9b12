// Kiểm tra: the list of data problems; each one with a cell is a button that selects that cell.
import type { ProblemView } from '../workbook/api';
import { collapsibleList } from './collapse';
import { esc } from './format';
import { M, plural } from './messages';

const FIRST = 20;

export function renderProblem(problem: ProblemView): string {
  const error = problem.severity === 'error';
  const tag = `<span class="tag tag--${error ? 'error' : 'warning'}">${error ? M.severityError : M.severityWarning}</span>`;
  const where = problem.cell ? `<span class="problem__cell">${esc(problem.cell)}</span>` : '';
  const body = `${tag}${where}<span class="problem__message">${esc(problem.message)}</span>`;
  if (!problem.cell) return `<li class="problem problem--${problem.severity}"><div class="problem__body">${body}</div></li>`;
  return (
    `<li class="problem problem--${problem.severity}">` +
    `<button type="button" class="problem__body problem__go" data-cell="${esc(problem.cell)}">${body}</button></li>`
  );
}

/** The count line and the list, errors first (in the server's order inside each severity). */
export function renderProblems(view: { errors: number; warnings: number; problems: ProblemView[] }): string {
  if (view.problems.length === 0) {
    return `<p class="ok-line"><span class="tag tag--ok">✓</span> ${esc(M.noProblems)}</p>`;
  }
  const sorted = [...view.problems.filter((p) => p.severity === 'error'), ...view.problems.filter((p) => p.severity !== 'error')];
  const anyCell = sorted.some((p) => p.cell);
  return (
    `<p class="count-line${view.errors > 0 ? ' count-line--error' : ''}">${esc(plural.problems(view.errors, view.warnings))}</p>` +
    (anyCell ? `<p class="hint">${esc(M.problemsHint)}</p>` : '') +
    collapsibleList('ul', `class="problems" aria-label="${esc(M.problemsHeading)}"`, sorted.map(renderProblem), FIRST)
  );
}
