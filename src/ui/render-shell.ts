// The sidebar's fixed frame: headings, controls and the empty places the results go into.
import { esc } from './format';
import { M } from './messages';

export function renderShell(): string {
  return `
<header class="top">
  <h1 id="school-name">${esc(M.appTitle)}</h1>
  <p id="school-year" class="muted"></p>
  <p id="dev-notice" class="notice" hidden>${esc(M.devModeNotice)}</p>
</header>
<div id="global-error" class="error-box" role="alert" hidden></div>
<p id="status" class="status" role="status" aria-live="polite"></p>

<section class="step" aria-labelledby="h-phase">
  <h2 id="h-phase">${esc(M.stepPhase)}</h2>
  <label for="phase">${esc(M.phaseLabel)}</label>
  <select id="phase" disabled><option>${esc(M.loading)}</option></select>
</section>

<section class="step" aria-labelledby="h-check">
  <h2 id="h-check">${esc(M.stepCheck)}</h2>
  <button type="button" id="check" class="button" disabled>${esc(M.checkButton)}</button>
  <div id="check-error" class="error-box" role="alert" hidden></div>
  <p id="check-status" class="status" role="status" aria-live="polite"></p>
  <div id="problems" aria-live="polite"></div>
</section>

<section class="step" aria-labelledby="h-tally">
  <h2 id="h-tally">${esc(M.stepTally)}</h2>
  <button type="button" id="tally" class="button button--primary" disabled>${esc(M.tallyButton)}</button>
  <ol id="progress" class="progress" aria-label="${esc(M.progressLabel)}" hidden></ol>
  <div id="tally-error" class="error-box" role="alert" hidden></div>
</section>

<section id="results" class="step" aria-labelledby="h-results" hidden>
  <h2 id="h-results" tabindex="-1">${esc(M.resultsHeading)}</h2>
  <p id="tally-summary" class="summary"></p>
  <h3>${esc(M.awardsHeading)}</h3>
  <div id="awards"></div>
  <h3>${esc(M.chartHeading)}</h3>
  <div id="chart"></div>
  <h3>${esc(M.rankingHeading)}</h3>
  <div id="filter" class="filter"></div>
  <div id="ranking"></div>
  <div id="unit-ranking-block" hidden>
    <h3>${esc(M.unitRankingHeading)}</h3>
    <div id="unit-ranking"></div>
  </div>
</section>

<section class="step" aria-labelledby="h-export">
  <h2 id="h-export">${esc(M.stepExport)}</h2>
  <div id="export-buttons" class="button-row"></div>
  <div id="export-error" class="error-box" role="alert" hidden></div>
  <div id="exports" aria-live="polite"></div>
</section>`;
}
