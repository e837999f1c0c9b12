// The sidebar: phase picker → check data → tally with progress → results → export.
import type { OverviewView, TallyView, ValidationView } from '../workbook/api';
import { esc, formatPeriod, setScoreDecimals } from './format';
import { M, plural, text } from './messages';
import { renderAwards } from './render-awards';
import { renderExport, renderExportButtons } from './render-export';
import { renderProblems } from './render-problems';
import { renderProgress, type TallyProgress } from './render-progress';
import { filterParticipants, renderRankingList, renderUnitFilter, type AwardNames } from './render-ranking';
import { renderShell } from './render-shell';
import { renderScoreChart } from './chart';
import { callServer, ServerCallError } from './server';

interface State {
  overview: OverviewView | null;
  phaseId: string;
  tally: TallyView | null;
  unitFilter: string;
  busy: boolean;
}

const state: State = { overview: null, phaseId: '', tally: null, unitFilter: '', busy: false };

function el<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} missing`);
  return found as T;
}

function messageOf(error: unknown): string {
  if (error instanceof ServerCallError) return error.userMessage;
  return `${M.errorTitle}. ${error instanceof Error ? error.message : String(error)}`;
}

function showError(boxId: string, error: unknown): void {
  const box = el(boxId);
  box.innerHTML =
    `<p>${esc(messageOf(error))}</p>` +
    `<button type="button" class="button button--small" data-close="${esc(boxId)}">${esc(M.close)}</button>`;
  box.hidden = false;
}

function clearError(boxId: string): void {
  const box = el(boxId);
  box.hidden = true;
  box.innerHTML = '';
}

function setStatus(message: string, where = 'status'): void {
  el(where).textContent = message;
}

function setBusy(busy: boolean): void {
  state.busy = busy;
  const ready = !busy && state.overview !== null && state.phaseId !== '';
  el<HTMLButtonElement>('check').disabled = busy || state.overview === null;
  el<HTMLButtonElement>('tally').disabled = !ready;
  renderExportSection();
  el('tally').textContent = busy ? M.tallyRunning : M.tallyButton;
  document.body.setAttribute('aria-busy', String(busy));
}

/** The export buttons, one per document of the registry (as the overview lists them). */
function renderExportSection(): void {
  el('export-buttons').innerHTML = renderExportButtons(state.overview?.documents ?? [], state.phaseId, state.busy);
}

function awardNames(tally: TallyView): AwardNames {
  const names = new Map<string, string>();
  for (const a of tally.awards) names.set(a.code, a.name);
  return names;
}

function renderPhasePicker(overview: OverviewView): void {
  const select = el<HTMLSelectElement>('phase');
  if (overview.phases.length === 0) {
    select.innerHTML = `<option value="">${esc(M.noPhases)}</option>`;
    select.disabled = true;
    return;
  }
  select.innerHTML = overview.phases
    .map(
      (p) =>
        `<option value="${esc(p.id)}">${esc(text.phaseOption(p.id, p.name, formatPeriod(p.from, p.to), p.type === 'year'))}</option>`,
    )
    .join('');
  select.disabled = false;
  state.phaseId = overview.phases[0].id;
  select.value = state.phaseId;
}

function renderRanking(): void {
  const tally = state.tally;
  const overview = state.overview;
  if (!tally || !overview) return;
  const names = awardNames(tally);
  el('filter').innerHTML = renderUnitFilter(overview.units, tally.participants, state.unitFilter);
  el('ranking').innerHTML = renderRankingList(filterParticipants(tally.participants, 'staff', state.unitFilter), names);
  const units = filterParticipants(tally.participants, 'unit', '');
  el('unit-ranking-block').hidden = units.length === 0;
  el('unit-ranking').innerHTML = units.length > 0 ? renderRankingList(units, names) : '';
}

function renderResults(tally: TallyView): void {
  setScoreDecimals(tally.decimals);
  const overview = state.overview;
  const staff = tally.participants.filter((p) => p.kind === 'staff').length;
  const units = tally.participants.length - staff;
  const lines = [
    text.tallySummary(tally.phase.name, plural.participants(staff, units)),
    tally.resultSheet ? text.resultSheetWritten(tally.resultSheet) : text.resultSheetNotWritten,
  ];
  if (tally.errors + tally.warnings > 0) lines.push(text.tallyProblems(plural.problems(tally.errors, tally.warnings)));
  el('tally-summary').textContent = lines.join(' ');
  el('awards').innerHTML = renderAwards(tally.awards);
  el('chart').innerHTML = renderScoreChart(tally.participants, overview?.units ?? [], tally.phase.name);
  renderRanking();
  el('results').hidden = false;
}

function showProblems(view: ValidationView): void {
  el('problems').innerHTML = renderProblems(view);
}

async function loadOverview(): Promise<void> {
  setStatus(M.loading);
  try {
    const overview = await callServer('getOverview');
    state.overview = overview;
    el('school-name').textContent = overview.schoolName || M.appTitle;
    el('school-year').textContent = overview.schoolYear;
    renderPhasePicker(overview);
    setStatus('');
  } catch (error) {
    setStatus('');
    showError('global-error', error);
  }
  setBusy(false);
}

async function checkData(): Promise<void> {
  clearError('check-error');
  setStatus('', 'check-status');
  setBusy(true);
  const button = el('check');
  button.textContent = M.checking;
  try {
    showProblems(await callServer('validateData'));
  } catch (error) {
    showError('check-error', error);
  } finally {
    button.textContent = M.checkButton;
    setBusy(false);
  }
}

async function runTally(): Promise<void> {
  if (state.busy || !state.phaseId) return;
  clearError('tally-error');
  setBusy(true);
  const progress: TallyProgress = { read: 'running', compute: 'waiting', write: 'waiting' };
  const list = el('progress');
  const show = () => {
    list.innerHTML = renderProgress(progress);
    list.hidden = false;
  };
  show();
  try {
    const validation = await callServer('validateData');
    showProblems(validation);
    progress.read = 'done';
    progress.compute = 'running';
    show();
    const tally = await callServer('runTally', state.phaseId);
    progress.compute = 'done';
    progress.write = tally.resultSheet ? 'done' : 'skipped';
    progress.writeNote = tally.resultSheet ? text.resultSheetWritten(tally.resultSheet) : text.resultSheetNotWritten;
    show();
    if (tally.problems.length > 0) showProblems(tally);
    state.tally = tally;
    state.unitFilter = '';
    renderResults(tally);
    el('h-results').focus();
  } catch (error) {
    if (progress.read === 'running') progress.read = 'failed';
    else if (progress.compute === 'running') progress.compute = 'failed';
    show();
    showError('tally-error', error);
  } finally {
    setBusy(false);
  }
}

async function exportFiles(id: string): Promise<void> {
  const document = state.overview?.documents.find((d) => d.id === id);
  if (state.busy || !document) return;
  clearError('export-error');
  setBusy(true);
  el('export-buttons').querySelector(`[data-document="${CSS.escape(id)}"]`)?.replaceChildren(M.exporting);
  try {
    const view = document.needsPhase ? await callServer('exportDocument', id, state.phaseId) : await callServer('exportDocument', id);
    el('exports').insertAdjacentHTML('afterbegin', renderExport(view));
  } catch (error) {
    showError('export-error', error);
  } finally {
    setBusy(false);
  }
}

async function goToCell(cell: string): Promise<void> {
  try {
    const done = await callServer('goToCell', cell);
    setStatus(done ? text.goToCellDone(cell) : text.goToCellNotice(cell), 'check-status');
  } catch (error) {
    showError('check-error', error);
  }
}

function onPhaseChange(): void {
  state.phaseId = el<HTMLSelectElement>('phase').value;
  state.tally = null;
  el('results').hidden = true;
  el('progress').hidden = true;
  setBusy(state.busy);
}

function wire(): void {
  el('phase').addEventListener('change', onPhaseChange);
  el('check').addEventListener('click', () => void checkData());
  el('tally').addEventListener('click', () => void runTally());
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const go = target?.closest<HTMLElement>('[data-cell]');
    if (go?.dataset.cell) void goToCell(go.dataset.cell);
    const close = target?.closest<HTMLElement>('[data-close]');
    if (close?.dataset.close) clearError(close.dataset.close);
    const exportButton = target?.closest<HTMLButtonElement>('[data-document]');
    if (exportButton?.dataset.document && !exportButton.disabled) void exportFiles(exportButton.dataset.document);
  });
  document.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement && event.target.id === 'unit-filter') {
      state.unitFilter = event.target.value;
      renderRanking();
      el('unit-filter').focus();
    }
  });
}

function start(): void {
  document.title = M.appTitle;
  el('app').innerHTML = renderShell();
  el('dev-notice').hidden = !(globalThis as { thiduaDevServer?: boolean }).thiduaDevServer;
  wire();
  void loadOverview();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
