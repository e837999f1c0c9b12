// `Kết quả {đợt}`: the ranking (frozen header, number formats, recipients and pending ties highlighted), then a
// section per award: quota, split by unit, recipients, pending ties and open seats.
import { key, participantKey } from '../core/codes';
import { appliesToPhase } from '../core/scoring';
import { tallyPhase } from '../core/tally';
import type { Kind, SchoolData } from '../core/model';
import type { AwardResult, ParticipantResult, PhaseTally } from '../core/result';
import type { CellStyle, CellValue, OutputSheet, RangeRef } from './output';
import { RESULT } from './results-messages';
import { resultSheetName } from '../core/sheet-names';

export const RECIPIENT_FILL = '#D9EAD3';
export const PENDING_FILL = '#FCE5CD';
const HEADER_FILL = '#CFE2F3';
const SECTION_FILL = '#EFEFEF';
const FORMULA_LIKE = /^[=+\-@]/;

function scoreFormat(decimals: number): string {
  const places = Math.max(0, Math.min(6, Math.trunc(Number.isFinite(decimals) ? decimals : 2)));
  return places === 0 ? '0' : `0.${'0'.repeat(places)}`;
}

function kindLabel(kind: Kind): string {
  return kind === 'unit' ? RESULT.unit : RESULT.staff;
}

/** The criterion columns: the phase's criteria in sheet order, then any other code a participant has. */
function criterionColumns(data: SchoolData, tally: PhaseTally): { id: string; text: string }[] {
  const columns = data.criteria.filter((c) => appliesToPhase(c, tally.phase)).map((c) => ({ id: c.id, text: c.text }));
  const known = new Set(columns.map((c) => key(c.id)));
  for (const p of tally.participants) {
    for (const id of Object.keys(p.criteria)) {
      if (!known.has(key(id))) {
        known.add(key(id));
        columns.push({ id, text: id });
      }
    }
  }
  return columns;
}

class SheetBuilder {
  readonly rows: CellValue[][] = [];
  readonly styles: { range: RangeRef; style: CellStyle }[] = [];

  add(row: CellValue[], style?: CellStyle, cols?: number): number {
    this.rows.push(row);
    const r = this.rows.length;
    if (style) this.style(r, 1, 1, cols ?? Math.max(1, row.length), style);
    return r;
  }

  style(row: number, col: number, rows: number, cols: number, style: CellStyle): void {
    if (rows > 0 && cols > 0) this.styles.push({ range: { row, col, rows, cols }, style });
  }
}

/** Each participant's score as the raw marks give it (normalisation off), by participant key. */
function scoresWithoutNormalisation(data: SchoolData, phaseId: string): Map<string, number | null> {
  const raw = tallyPhase({ ...data, config: { ...data.config, normaliseMarks: false } }, phaseId);
  return new Map(raw.participants.map((p) => [participantKey(p.kind, p.id), p.score]));
}

export function resultsSheet(data: SchoolData, tally: PhaseTally): OutputSheet {
  const phase = data.phases.find((p) => key(p.id) === key(tally.phase));
  const unitNames = new Map(data.units.map((u) => [key(u.id), u.name]));
  const unitName = (id: string | null) => (id === null ? null : (unitNames.get(key(id)) ?? id));
  const byId = new Map(tally.participants.map((p) => [participantKey(p.kind, p.id), p]));
  const numberFormat = scoreFormat(data.config.decimals);
  const criteria = criterionColumns(data, tally);

  // with `Chuẩn hóa điểm theo thành viên` on, decisions use the normalised scores: the raw ones are shown beside them
  const rawScores = data.config.normaliseMarks ? scoresWithoutNormalisation(data, tally.phase) : null;
  const fixed = rawScores === null ? RESULT.rankingFixedHeader : [...RESULT.rankingFixedHeader, RESULT.unnormalisedColumn];
  const header = [...fixed, ...criteria.map((c) => c.id), RESULT.awardsColumn, RESULT.pendingColumn, RESULT.reasonsColumn];
  const width = header.length;
  const b = new SheetBuilder();
  b.add([RESULT.title(phase?.name ?? tally.phase, phase?.id ?? tally.phase)], { bold: true, fontSize: 13 });
  b.add(header, { bold: true, fill: HEADER_FILL, wrap: true, align: 'center', valign: 'middle', border: 'all' });

  // ranking
  const first = b.rows.length + 1;
  for (const p of tally.participants) {
    const row: CellValue[] = [
      p.rank,
      p.id,
      p.name,
      kindLabel(p.kind),
      unitName(p.unit),
      p.score,
      p.raw,
      p.band,
      p.status === 'ok' ? RESULT.statusOk : RESULT.statusMissing,
      ...(rawScores === null ? [] : [rawScores.get(participantKey(p.kind, p.id)) ?? null]),
      ...criteria.map((c) => p.criteria[c.id] ?? null),
      p.awards.join(', '),
      p.pending.join(', '),
      Object.entries(p.reasons)
        .map(([code, reason]) => `${code}: ${reason}`)
        .join('\n'),
    ];
    const r = b.add(row);
    if (p.pending.length > 0) b.style(r, 1, 1, width, { fill: PENDING_FILL });
    else if (p.awards.length > 0) b.style(r, 1, 1, width, { fill: RECIPIENT_FILL });
  }
  const count = tally.participants.length;
  b.style(first, 1, count, width, { border: 'all', valign: 'top' });
  b.style(first, 1, count, 1, { numberFormat: '0', align: 'center' });
  b.style(first, 6, count, 2, { numberFormat });
  if (rawScores !== null) b.style(first, fixed.length, count, 1, { numberFormat });
  b.style(first, fixed.length + 1, count, criteria.length, { numberFormat });
  b.style(first, width, count, 1, { wrap: true });

  // awards
  b.add([]);
  b.add([RESULT.awardsHeading], { bold: true, fontSize: 12 });
  for (const award of tally.awards) awardSection(b, award, byId, unitName, numberFormat);

  const errors = tally.problems.filter((p) => p.severity === 'error').length;
  const warnings = tally.problems.length - errors;
  if (tally.problems.length > 0) b.add([RESULT.problemsHeading(errors, warnings)], { italic: true, color: '#990000' });

  for (const row of b.rows) while (row.length < width) row.push(null);
  b.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === 'string' && FORMULA_LIKE.test(value)) b.style(r + 1, c + 1, 1, 1, { numberFormat: '@' });
    }),
  );
  const columnWidths = [
    60,
    90,
    200,
    80,
    140,
    80,
    90,
    90,
    90,
    ...(rawScores === null ? [] : [110]),
    ...criteria.map(() => 70),
    150,
    120,
    380,
  ];
  return {
    name: resultSheetName(phase?.id ?? tally.phase),
    rows: b.rows,
    styles: b.styles,
    columnWidths,
    frozenRows: 2,
    frozenCols: 3,
  };
}

type Lookup = Map<string, ParticipantResult>;

function awardSection(
  b: SheetBuilder,
  award: AwardResult,
  byId: Lookup,
  unitName: (id: string | null) => string | null,
  numberFormat: string,
): void {
  b.add([]);
  b.add([`${award.code} – ${award.name}`, null, null, kindLabel(award.kind)], { bold: true, fill: SECTION_FILL }, 7);
  const summary = RESULT.awardHeader;
  b.add([
    summary[3],
    award.quota ?? RESULT.unlimited,
    summary[4],
    award.recipients.length,
    summary[5],
    award.pending.length,
    summary[6],
    award.open,
  ]);
  if (award.byUnit !== undefined) {
    b.add([RESULT.byUnit], { italic: true });
    for (const [unit, seats] of Object.entries(award.byUnit)) b.add([null, unit, unitName(unit), null, null, seats]);
  }
  const list = (title: string, ids: string[], fill: string) => {
    b.add([title], { bold: true });
    if (ids.length === 0) {
      b.add([RESULT.none], { italic: true });
      return;
    }
    const [tt, code, name, unit, score, rank] = RESULT.listHeader;
    b.add([tt, code, name, null, unit, score, rank], { bold: true, border: 'bottom' }, 7);
    ids.forEach((id, i) => {
      const p = byId.get(participantKey(award.kind, id));
      const r = b.add([i + 1, id, p?.name ?? null, null, unitName(p?.unit ?? null), p?.score ?? null, p?.rank ?? null], { fill }, 7);
      b.style(r, 6, 1, 1, { numberFormat });
    });
  };
  list(RESULT.recipients, award.recipients, RECIPIENT_FILL);
  if (award.pending.length > 0) list(RESULT.pending, award.pending, PENDING_FILL);
}
