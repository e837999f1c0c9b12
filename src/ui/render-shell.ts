// The sidebar's fixed frame: the phase picker, three tabs (Kiểm tra · Kết quả · Xuất) and a footer that keeps the
// next action in view, with the empty places the results go into.
import { esc } from './format';
import { M } from './messages';

const TABS = [
  { id: 'check', label: M.tabCheck },
  { id: 'results', label: M.tabResults },
  { id: 'export', label: M.tabExport },
] as const;

export type TabId = (typeof TABS)[number]['id'];

function tabs(): string {
  return (
    `<div class="tabs" role="tablist" aria-label="${esc(M.tabsLabel)}">` +
    TABS.map(
      (t, i) =>
        `<button type="button" role="tab" id="tab-${t.id}" class="tab" data-tab="${t.id}" aria-controls="panel-${t.id}"` +
        ` aria-selected="${i === 0}" tabindex="${i === 0 ? 0 : -1}"><span class="tab__label">${esc(t.label)}</span>` +
        `<span class="tab__count" id="tab-${t.id}-count"></span></button>`,
    ).join('') +
    `</div>`
  );
}

export function renderShell(): string {
  return `
<header class="top">
  <h1 id="school-name">${esc(M.appTitle)}</h1>
  <p id="school-year" class="muted"></p>
  <p id="dev-notice" class="notice" hidden>${esc(M.devModeNotice)}</p>
  <div id="collection" class="notice collection" role="status" aria-label="${esc(M.collectionLabel)}" hidden></div>
</header>
<div id="global-error" class="error-box" role="alert" hidden></div>
<p id="status" class="status" role="status" aria-live="polite"></p>

<div class="picker">
  <label for="phase">${esc(M.phaseLabel)}</label>
  <select id="phase" aria-describedby="phase-detail" disabled><option>${esc(M.loading)}</option></select>
  <p id="phase-detail" class="picker__detail"></p>
</div>

${tabs()}

<section id="panel-check" class="panel" role="tabpanel" aria-labelledby="tab-check">
  <h2 id="h-check">${esc(M.checkHeading)}</h2>
  <p class="hint">${esc(M.checkIntro)}</p>
  <button type="button" id="check" class="button" disabled>${esc(M.checkButton)}</button>
  <div id="check-error" class="error-box" role="alert" hidden></div>
  <p id="check-status" class="status" role="status" aria-live="polite"></p>
  <div id="problems" aria-live="polite"><p class="muted">${esc(M.notChecked)}</p></div>
</section>

<section id="panel-results" class="panel" role="tabpanel" aria-labelledby="tab-results" hidden>
  <h2 id="h-results" tabindex="-1">${esc(M.tabResults)}</h2>
  <p id="tally-status" class="status" role="status" aria-live="polite"></p>
  <p id="results-empty" class="muted">${esc(M.resultsIntro)}</p>
  <ol id="progress" class="progress" aria-label="${esc(M.progressLabel)}" hidden></ol>
  <div id="tally-confirm" class="confirm" role="alert" hidden></div>
  <div id="tally-error" class="error-box" role="alert" hidden></div>
  <div id="results" hidden>
    <p id="tally-summary" class="summary"></p>
    <p id="tally-on-errors" class="error-line" hidden></p>
    <button type="button" id="open-sheet" class="button button--small" hidden>${esc(M.tabResults)}</button>
    <h3>${esc(M.awardsHeading)}</h3>
    <div id="awards"></div>
    <div id="fairness"></div>
    <h3>${esc(M.chartHeading)}</h3>
    <div id="chart"></div>
    <h3>${esc(M.rankingHeading)}</h3>
    <div id="filter" class="filter"></div>
    <div id="ranking"></div>
    <div id="unit-ranking-block" hidden>
      <h3>${esc(M.unitRankingHeading)}</h3>
      <div id="unit-ranking"></div>
    </div>
  </div>
</section>

<section id="panel-export" class="panel" role="tabpanel" aria-labelledby="tab-export" hidden>
  <h2 id="h-export" tabindex="-1">${esc(M.exportHeading)}</h2>
  <div id="documents"></div>
  <div id="export-confirm" class="confirm" role="alert" hidden></div>
  <div id="export-error" class="error-box" role="alert" hidden></div>
  <div id="exports" aria-live="polite"></div>
</section>

<footer class="actionbar" aria-label="${esc(M.nextLabel)}">
  <button type="button" id="tally" class="button action" disabled>${esc(M.tallyButton)}</button>
  <button type="button" id="to-export" class="button" disabled>${esc(M.toExport)}</button>
</footer>`;
}
