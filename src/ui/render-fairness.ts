// The panel "Độ thống nhất của Hội đồng": the council's agreement in words, a small line per kind with each
// member's deviation from the rest as a dot (flags coloured and named, shape and label as well as colour), one
// sentence per flag, the decisions that hang on one member (or the good news), and the normalisation line.
import type { FairnessMemberView, FairnessView } from '../workbook/api';
import { FM } from './fairness-messages';
import { esc, formatNumber } from './format';

const FAIRNESS_CHART = { width: 280, side: 14, top: 4, labelRow: 11, radius: 5 } as const;

/** Fill colours of the dots; the flag is also written beside the dot and in the list below. */
export const FLAG_COLOUR: Record<string, string> = { ok: '#9E9E9E', dễ: '#E69138', 'khắt khe': '#3D85C6', 'khác biệt': '#CC0000' };

const flagKey = (m: FairnessMemberView): string => m.flag ?? 'ok';

/** The half-width of the line in SDs: at least one step past the thresholds, enough for the farthest member. */
export function chartSpan(members: FairnessMemberView[], lenientSd: number, strictSd: number): number {
  const far = Math.max(lenientSd, strictSd, ...members.map((m) => Math.abs(m.deviationSd ?? 0)));
  return Math.ceil(far + 0.5);
}

/** Vertical offsets so that members with close deviations do not hide one another. */
function lanes(xs: number[], minGap: number): number[] {
  const placed: { x: number; lane: number }[] = [];
  return xs.map((x) => {
    let lane = 0;
    while (placed.some((p) => p.lane === lane && Math.abs(p.x - x) < minGap)) lane++;
    placed.push({ x, lane });
    return lane;
  });
}

function kindChart(kind: 'staff' | 'unit', members: FairnessMemberView[], view: FairnessView): string {
  const plotted = members.filter((m) => m.deviationSd !== null);
  const missing = members.filter((m) => m.deviationSd === null);
  const unplotted = missing.length > 0 ? `<p class="muted">${esc(FM.unplotted(missing.map((m) => m.id).join(', ')))}</p>` : '';
  // nobody to draw: the words alone, not an empty line
  if (plotted.length === 0) {
    return `<figure class="fairness-chart" data-kind="${kind}" style="margin: 8px 0"><figcaption>${esc(FM.kindTitle[kind])}</figcaption>${unplotted}</figure>`;
  }
  const { width, side, top, labelRow, radius } = FAIRNESS_CHART;
  const span = chartSpan(plotted, view.lenientSd, view.strictSd);
  const x = (sd: number) => side + ((sd + span) / (2 * span)) * (width - 2 * side);
  const sorted = [...plotted].sort((a, b) => (a.deviationSd ?? 0) - (b.deviationSd ?? 0));
  const xs = sorted.map((m) => x(m.deviationSd ?? 0));
  // labels of close members are stacked above their dots, one row per lane; the axis sits below the highest stack
  const lane = lanes(xs, 26);
  const axisY = top + (Math.max(0, ...lane) + 1) * labelRow + radius + 2;
  const height = axisY + 24;
  const dots = sorted
    .map((m, i) => {
      const cx = xs[i].toFixed(1);
      const ty = axisY - radius - 3 - lane[i] * labelRow;
      const title = FM.dotTitle(m.id, m.name, formatNumber(m.deviation, 1), formatNumber(m.deviationSd, 1));
      return (
        `<g class="member-dot member-dot--${esc(flagKey(m).replace(' ', '-'))}" data-member="${esc(m.id)}">` +
        `<title>${esc(m.flag ? `${title} — ${m.flag}` : title)}</title>` +
        `<circle cx="${cx}" cy="${axisY}" r="${radius}" fill="${FLAG_COLOUR[flagKey(m)]}" stroke="#333" stroke-width="${m.flag ? 1.5 : 0.5}"/>` +
        `<text x="${cx}" y="${ty}" text-anchor="middle" font-size="9"${m.flag ? ' font-weight="bold"' : ''}>${esc(m.id)}</text>` +
        `</g>`
      );
    })
    .join('');
  const threshold = (sd: number) =>
    `<line class="threshold" x1="${x(sd).toFixed(1)}" x2="${x(sd).toFixed(1)}" y1="${axisY - 8}" y2="${axisY + 8}" stroke="#999" stroke-dasharray="2 2"/>`;
  const title = FM.chartTitle(FM.kindTitle[kind]);
  return (
    `<figure class="fairness-chart" data-kind="${kind}" style="margin: 8px 0">` +
    `<figcaption>${esc(FM.kindTitle[kind])}</figcaption>` +
    `<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(title)}">` +
    `<line class="axis" x1="${side}" x2="${width - side}" y1="${axisY}" y2="${axisY}" stroke="#666"/>` +
    `<line class="centre" x1="${x(0)}" x2="${x(0)}" y1="${axisY - 12}" y2="${axisY + 12}" stroke="#333" stroke-width="1.5"/>` +
    threshold(view.lenientSd) +
    threshold(-view.strictSd) +
    `<text x="${side}" y="${axisY + 22}" font-size="9" fill="#555">${esc(FM.lower)}</text>` +
    `<text x="${x(0)}" y="${axisY + 22}" font-size="9" fill="#555" text-anchor="middle">${esc(FM.centre)}</text>` +
    `<text x="${width - side}" y="${axisY + 22}" font-size="9" fill="#555" text-anchor="end">${esc(FM.higher)}</text>` +
    dots +
    `</svg>` +
    unplotted +
    `</figure>`
  );
}

function legend(): string {
  return (
    `<p class="legend">` +
    Object.entries(FM.legend)
      .map(
        ([flag, label]) =>
          `<span class="legend__item"><svg width="10" height="10" aria-hidden="true"><circle cx="5" cy="5" r="4" fill="${FLAG_COLOUR[flag]}"/></svg> ${esc(label)}</span>`,
      )
      .join(' ') +
    `</p>`
  );
}

export function renderFairness(view: FairnessView | undefined): string {
  if (view === undefined) return '';
  const parts: string[] = [`<section class="fairness" aria-labelledby="h-fairness"><h3 id="h-fairness">${esc(FM.heading)}</h3>`];
  for (const a of view.agreement) parts.push(`<p class="agreement agreement--${a.reading}" data-kind="${a.kind}">${esc(a.sentence)}</p>`);
  for (const note of view.notes) parts.push(`<p class="muted">${esc(note)}</p>`);
  if (view.members.length === 0) parts.push(`<p class="muted">${esc(FM.noMembers)}</p>`);
  else {
    parts.push(`<p class="fairness__intro">${esc(FM.intro)}</p>`);
    for (const kind of ['staff', 'unit'] as const) {
      const members = view.members.filter((m) => m.kind === kind);
      if (members.length > 0) parts.push(kindChart(kind, members, view));
    }
    parts.push(legend());
    const flagged = view.members.filter((m) => m.sentence !== null);
    parts.push(`<h4>${esc(FM.flagsHeading)}</h4>`);
    parts.push(
      flagged.length === 0
        ? `<p class="muted">${esc(FM.noFlags)}</p>`
        : `<ul class="flags">${flagged.map((m) => `<li class="flag" data-flag="${esc(m.flag ?? '')}" data-member="${esc(m.id)}">${esc(m.sentence)}</li>`).join('')}</ul>`,
    );
  }
  parts.push(`<h4>${esc(FM.sensitivityHeading)}</h4>`);
  parts.push(
    view.sensitivity.length === 0
      ? `<p class="good-news">${esc(view.goodNews)}</p>`
      : `<ul class="sensitivity">${view.sensitivity.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>`,
  );
  parts.push(
    `<h4>${esc(FM.normalisationHeading)}</h4><p class="normalisation" data-on="${view.normalisation.on}">${esc(view.normalisation.sentence)}</p>`,
  );
  parts.push(`</section>`);
  return parts.join('');
}
