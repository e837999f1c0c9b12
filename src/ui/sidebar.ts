// The sidebar: phase picker → tabs Kiểm tra · Kết quả · Xuất, with the next action always in the footer.
// Never green on broken data: a tally or an export on data with errors stops and asks, naming the error count,
// and the steps show the errors (⚠, not ✓). The picker is locked while anything runs.
import type { ExportView, OverviewView, PhaseView, TallyView, ValidationView } from '../workbook/api';
import { availableDocuments, exportDocument, type DocumentChoice } from './documents';
import { esc, formatPeriod, formatTime, formatYears, setScoreDecimals, splitPhaseName } from './format';
import { M, failure, plural, text } from './messages';
import { renderAwards } from './render-awards';
import { renderDocumentButtons, renderExport } from './render-export';
import { renderFairness } from './render-fairness';
import { renderProblems } from './render-problems';
import { renderProgress, type TallyProgress } from './render-progress';
import { filterParticipants, renderRankingList, renderUnitFilter, type AwardNames } from './render-ranking';
import { renderShell, type TabId } from './render-shell';
import { renderScoreChart } from './chart';
import { callServer, ServerCallError } from './server';

type Busy = null | 'check' | 'tally' | 'export';

interface State {
  overview: OverviewView | null;
  phaseId: string;
  tally: TallyView | null;
  validation: ValidationView | null;
  unitFilter: string;
  busy: Busy;
  tab: TabId;
  documents: DocumentChoice[];
}

const state: State = {
  overview: null,
  phaseId: '',
  tally: null,
  validation: null,
  unitFilter: '',
  busy: null,
  tab: 'check',
  documents: [],
};

function el<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} missing`);
  return found as T;
}

function messageOf(error: unknown): string {
  if (error instanceof ServerCallError) return error.userMessage;
  return `${M.errorTitle}. ${failure.withNextStep(error instanceof Error ? error.message : String(error))}`;
}

function showError(boxId: string, error: unknown): void {
  const box = el(boxId);
  box.innerHTML =
    `<p>${esc(messageOf(error))}</p>` +
    `<button type="button" class="button button--small" data-close="${esc(boxId)}">${esc(M.close)}</button>`;
  box.hidden = false;
}

function clearBox(boxId: string): void {
  const box = el(boxId);
  box.hidden = true;
  box.innerHTML = '';
}

function setStatus(message: string, where = 'status'): void {
  el(where).textContent = message;
}

function currentPhase(): PhaseView | null {
  return state.overview?.phases.find((p) => p.id === state.phaseId) ?? null;
}

function shortName(phase: PhaseView): string {
  return splitPhaseName(phase.name)[0];
}

// ---- tabs ----

function selectTab(tab: TabId, focusHeading = false): void {
  state.tab = tab;
  for (const button of Array.from(document.querySelectorAll<HTMLElement>('[role="tab"]'))) {
    const on = button.dataset.tab === tab;
    button.setAttribute('aria-selected', String(on));
    button.tabIndex = on ? 0 : -1;
  }
  for (const id of ['check', 'results', 'export'] as const) el(`panel-${id}`).hidden = id !== tab;
  if (focusHeading) el(`h-${tab === 'export' ? 'export' : tab === 'results' ? 'results' : 'check'}`).focus();
  window.scrollTo(0, 0);
}

function updateCheckCount(): void {
  const count = el('tab-check-count');
  const v = state.validation;
  count.className = 'tab__count';
  count.textContent = '';
  if (!v) return;
  if (v.errors > 0) {
    count.textContent = String(v.errors);
    count.classList.add('tab__count--error');
    count.setAttribute('aria-label', plural.errors(v.errors));
  } else if (v.warnings > 0) {
    count.textContent = String(v.warnings);
    count.classList.add('tab__count--warning');
    count.setAttribute('aria-label', plural.problems(0, v.warnings));
  } else {
    count.textContent = '✓';
    count.classList.add('tab__count--ok');
    count.setAttribute('aria-label', M.noProblems);
  }
}

// ---- busy state: every control that would start something else is locked ----

function setBusy(busy: Busy): void {
  state.busy = busy;
  const loaded = state.overview !== null;
  const ready = busy === null && loaded && state.phaseId !== '';
  el<HTMLSelectElement>('phase').disabled = busy !== null || !loaded || state.overview?.phases.length === 0;
  el<HTMLButtonElement>('check').disabled = busy !== null || !loaded;
  el<HTMLButtonElement>('tally').disabled = !ready;
  el<HTMLButtonElement>('to-export').disabled = busy !== null || !loaded;
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-document], [data-force]'))) b.disabled = busy !== null;
  el('tally').textContent = busy === 'tally' ? M.tallyRunning : M.tallyButton;
  el('check').textContent = busy === 'check' ? M.checking : M.checkButton;
  // the next action is the primary one: tally until there is a result, then export
  el('tally').classList.toggle('action', state.tally === null);
  el('to-export').classList.toggle('action', state.tally !== null);
  document.body.setAttribute('aria-busy', String(busy !== null));
}

function awardNames(tally: TallyView): AwardNames {
  const names = new Map<string, string>();
  for (const a of tally.awards) names.set(a.code, a.name);
  return names;
}

// ---- phase picker ----

function renderPhasePicker(overview: OverviewView): void {
  const select = el<HTMLSelectElement>('phase');
  if (overview.phases.length === 0) {
    select.innerHTML = `<option value="">${esc(M.noPhases)}</option>`;
    el('phase-detail').textContent = M.noPhases;
    return;
  }
  select.innerHTML = overview.phases
    .map((p) => `<option value="${esc(p.id)}">${esc(text.phaseOption(shortName(p), p.type === 'year'))}</option>`)
    .join('');
  state.phaseId = overview.phases[0].id;
  select.value = state.phaseId;
  showPhase();
}

function showPhase(): void {
  const phase = currentPhase();
  el('phase-detail').textContent = phase ? text.phaseDetail(splitPhaseName(phase.name)[1], formatPeriod(phase.from, phase.to)) : '';
  el('h-results').textContent = phase ? text.resultsHeading(shortName(phase)) : M.tabResults;
  renderDocuments();
}

function renderDocuments(): void {
  const phase = currentPhase();
  el('documents').innerHTML = renderDocumentButtons(state.documents, phase ? { id: phase.id, short: shortName(phase) } : null);
}

// ---- results ----

function renderRanking(): void {
  const tally = state.tally;
  const overview = state.overview;
  if (!tally || !overview) return;
  const names = awardNames(tally);
  el('filter').innerHTML = renderUnitFilter(overview.units, tally.participants, state.unitFilter);
  el('ranking').innerHTML = renderRankingList(
    filterParticipants(tally.participants, 'staff', state.unitFilter),
    names,
    tally.tieBreaks.staff,
    state.unitFilter,
  );
  const units = filterParticipants(tally.participants, 'unit', '');
  el('unit-ranking-block').hidden = units.length === 0;
  el('unit-ranking').innerHTML = units.length > 0 ? renderRankingList(units, names, tally.tieBreaks.unit) : '';
  el('chart').innerHTML = renderScoreChart(tally.participants, overview.units, tally.phase.name, tally.awards, state.unitFilter);
}

/** `errors`: the errors of the data the results were computed on (the tally's, or more found by the check). */
function renderResults(tally: TallyView, errors: number): void {
  setScoreDecimals(tally.decimals);
  const staff = tally.participants.filter((p) => p.kind === 'staff').length;
  const units = tally.participants.length - staff;
  const lines = [
    text.tallySummary(tally.phase.name, plural.participants(staff, units)),
    tally.resultSheet ? text.resultSheetWritten(tally.resultSheet) : text.resultSheetNotWritten,
  ];
  if (tally.warnings > 0 && tally.errors === 0) lines.push(text.tallyProblems(plural.problems(tally.errors, tally.warnings)));
  el('tally-summary').textContent = lines.join(' ');
  el('fairness').innerHTML = renderFairness(tally.fairness);
  const onErrors = el('tally-on-errors');
  onErrors.hidden = errors === 0;
  onErrors.textContent = errors > 0 ? text.tallyOnErrors(errors) : '';
  const open = el<HTMLButtonElement>('open-sheet');
  open.hidden = !tally.resultSheet;
  if (tally.resultSheet) {
    open.textContent = text.openResultSheet(tally.resultSheet);
    open.dataset.sheet = tally.resultSheet;
  }
  el('awards').innerHTML = renderAwards(tally.awards);
  renderRanking();
  el('results').hidden = false;
  el('results-empty').hidden = true;
}

function showValidation(view: ValidationView): void {
  state.validation = { errors: view.errors, warnings: view.warnings, problems: view.problems };
  el('problems').innerHTML = renderProblems(view);
  updateCheckCount();
}

function confirmBox(boxId: string, errors: number, what: string, force: string, data: string): void {
  const box = el(boxId);
  box.innerHTML =
    `<p>${esc(text.confirmErrors(errors, what))}</p>` +
    `<div class="confirm__actions">` +
    `<button type="button" class="button button--small" data-show-errors>${esc(M.showErrors)}</button>` +
    `<button type="button" class="button button--small button--danger" data-force="${esc(data)}">${esc(force)}</button>` +
    `</div>`;
  box.hidden = false;
}

// ---- actions ----

async function loadOverview(): Promise<void> {
  setStatus(M.loading);
  try {
    const overview = await callServer('getOverview');
    state.overview = overview;
    state.documents = availableDocuments(overview);
    el('school-name').textContent = overview.schoolName || M.appTitle;
    el('school-year').textContent = overview.schoolYear ? text.schoolYear(formatYears(overview.schoolYear)) : '';
    renderPhasePicker(overview);
    setStatus('');
  } catch (error) {
    setStatus('');
    showError('global-error', error);
  }
  setBusy(null);
}

/** How often the collection's line is asked again while a collection runs (its trigger runs about once an hour). */
const COLLECTION_POLL_MS = 60_000;

/** An office workbook collecting the schools' summaries: “Đã thu x/y trường” while it runs. */
async function loadCollection(): Promise<void> {
  const box = el('collection');
  try {
    const { progress, stopped } = await callServer('getCollectionProgress');
    box.hidden = progress === null;
    if (progress === null) box.innerHTML = '';
    // stopped for good: the reason, and nothing to wait for
    else if (stopped) box.innerHTML = `<span class="error-line" id="collection-progress">${esc(progress)}</span>`;
    else box.innerHTML = `<strong id="collection-progress">${esc(progress)}</strong> ${esc(M.collectionRunning)}`;
    if (progress !== null && !stopped) setTimeout(() => void loadCollection(), COLLECTION_POLL_MS);
  } catch (error) {
    box.hidden = false;
    box.innerHTML = `<span class="error-line">${esc(messageOf(error))}</span>`;
  }
}

async function checkData(): Promise<void> {
  if (state.busy) return;
  clearBox('check-error');
  setStatus('', 'check-status');
  setBusy('check');
  try {
    showValidation(await callServer('validateData'));
  } catch (error) {
    showError('check-error', error);
  } finally {
    setBusy(null);
  }
}

async function runTally(force = false): Promise<void> {
  if (state.busy || !state.phaseId) return;
  selectTab('results');
  clearBox('tally-error');
  clearBox('tally-confirm');
  setBusy('tally');
  el('results-empty').hidden = true;
  const progress: TallyProgress = { read: 'running', compute: 'waiting', write: 'waiting' };
  const list = el('progress');
  const show = () => {
    list.innerHTML = renderProgress(progress);
    list.hidden = false;
  };
  show();
  try {
    const validation = await callServer('validateData');
    showValidation(validation);
    if (validation.errors > 0) {
      progress.read = 'flagged';
      progress.readNote = text.readFlagged(validation.errors);
      if (!force) {
        // results of an earlier tally would now be shown beside data known to be broken: take them away
        state.tally = null;
        el('results').hidden = true;
        progress.compute = 'stopped';
        show();
        confirmBox('tally-confirm', validation.errors, text.whatTally, text.forceTally(validation.errors), 'tally');
        return;
      }
    } else {
      progress.read = 'done';
    }
    progress.compute = 'running';
    show();
    const tally = await callServer('runTally', state.phaseId);
    // computed on data with errors (told to, or found by the tally itself): the result is flagged, never ✓
    const errors = Math.max(tally.errors, validation.errors);
    progress.compute = errors > 0 ? 'flagged' : 'done';
    if (errors > 0) {
      progress.computeNote = text.computeFlagged(errors);
      if (progress.read === 'done') progress.read = 'flagged';
    }
    progress.write = tally.resultSheet ? 'done' : 'skipped';
    progress.writeNote = tally.resultSheet ? text.resultSheetWritten(tally.resultSheet) : text.resultSheetNotWritten;
    show();
    state.tally = tally;
    state.unitFilter = '';
    renderResults(tally, errors);
    el('h-results').focus();
  } catch (error) {
    if (progress.read === 'running') progress.read = 'failed';
    else if (progress.compute === 'running') progress.compute = 'failed';
    show();
    showError('tally-error', error);
  } finally {
    setBusy(null);
  }
}

function showExport(view: ExportView, key: string): void {
  const html = renderExport(view, key, formatTime(new Date()));
  const old = Array.from(el('exports').querySelectorAll<HTMLElement>('.export')).find((e) => e.dataset.key === key);
  if (old) old.outerHTML = html;
  else el('exports').insertAdjacentHTML('afterbegin', html);
}

async function exportDoc(id: string, force = false): Promise<void> {
  const doc = state.documents.find((d) => d.id === id);
  if (!doc || state.busy) return;
  clearBox('export-error');
  clearBox('export-confirm');
  setBusy('export');
  const button = document.querySelector<HTMLButtonElement>(`[data-document="${CSS.escape(id)}"]`);
  const label = button?.textContent ?? '';
  const started = Date.now();
  const tick = () => {
    if (button) button.textContent = text.exporting(Math.floor((Date.now() - started) / 1000));
  };
  let timer: ReturnType<typeof setInterval> | null = null;
  try {
    if (button) button.textContent = M.exportChecking;
    const validation = await callServer('validateData');
    showValidation(validation);
    if (validation.errors > 0 && !force) {
      confirmBox('export-confirm', validation.errors, text.whatExport, text.forceExport(validation.errors), `export:${id}`);
      return;
    }
    tick();
    timer = setInterval(tick, 1000);
    const phaseId = doc.needsPhase ? state.phaseId : '';
    const view = await exportDocument(id, phaseId);
    showExport(view, `${id}|${phaseId}`);
  } catch (error) {
    showError('export-error', error);
  } finally {
    if (timer !== null) clearInterval(timer);
    if (button) button.textContent = label;
    setBusy(null);
  }
}

async function goToCell(cell: string, statusId: string): Promise<void> {
  try {
    const done = await callServer('goToCell', cell);
    setStatus(done ? text.goToCellDone(cell) : text.goToCellNotice(cell), statusId);
  } catch (error) {
    showError('check-error', error);
  }
}

/** Activate a whole sheet (goToCell takes a bare sheet name too). */
async function openSheet(sheet: string): Promise<void> {
  try {
    const done = await callServer('goToCell', sheet);
    setStatus(done ? text.sheetOpened(sheet) : text.sheetNotice(sheet), 'tally-status');
  } catch (error) {
    showError('tally-error', error);
  }
}

function onPhaseChange(): void {
  state.phaseId = el<HTMLSelectElement>('phase').value;
  state.tally = null;
  el('results').hidden = true;
  el('results-empty').hidden = false;
  el('progress').hidden = true;
  clearBox('tally-confirm');
  clearBox('export-confirm');
  showPhase();
  setBusy(state.busy);
}

function showAll(button: HTMLElement): void {
  const list = button.previousElementSibling;
  if (!list) return;
  for (const li of Array.from(list.querySelectorAll<HTMLElement>('[data-more]'))) li.hidden = false;
  button.remove();
}

function onTabKey(event: KeyboardEvent): void {
  const tabs = Array.from(document.querySelectorAll<HTMLElement>('[role="tab"]'));
  const at = tabs.findIndex((t) => t === document.activeElement);
  if (at < 0) return;
  const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
  if (step === 0) return;
  event.preventDefault();
  const next = tabs[(at + step + tabs.length) % tabs.length];
  selectTab(next.dataset.tab as TabId);
  next.focus();
}

function onClick(event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;
  const tab = target.closest<HTMLElement>('[role="tab"]');
  if (tab?.dataset.tab) selectTab(tab.dataset.tab as TabId);
  const go = target.closest<HTMLElement>('[data-cell]');
  if (go?.dataset.cell) void goToCell(go.dataset.cell, 'check-status');
  const sheet = target.closest<HTMLElement>('[data-sheet]')?.dataset.sheet;
  if (sheet) void openSheet(sheet);
  const close = target.closest<HTMLElement>('[data-close]');
  if (close?.dataset.close) clearBox(close.dataset.close);
  const more = target.closest<HTMLElement>('[data-show-all]');
  if (more) showAll(more);
  const doc = target.closest<HTMLElement>('[data-document]');
  if (doc?.dataset.document) void exportDoc(doc.dataset.document);
  if (target.closest('[data-show-errors]')) selectTab('check', true);
  const force = target.closest<HTMLElement>('[data-force]')?.dataset.force;
  if (force === 'tally') void runTally(true);
  else if (force?.startsWith('export:')) void exportDoc(force.slice('export:'.length), true);
}

function wire(): void {
  el('phase').addEventListener('change', onPhaseChange);
  el('check').addEventListener('click', () => void checkData());
  el('tally').addEventListener('click', () => void runTally());
  el('to-export').addEventListener('click', () => selectTab('export', true));
  document.addEventListener('click', onClick);
  document.querySelector('[role="tablist"]')?.addEventListener('keydown', (e) => onTabKey(e as KeyboardEvent));
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
  void loadCollection();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
