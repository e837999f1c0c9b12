// `Đợt thi đua`, `Tiêu chí`, `Xếp loại`.
import type { Band, Criterion, Kind, Phase } from '../core/model';
import { MAX_PHASE_CODE, sheetNameCodeProblem } from './cells';
import { MSG } from './messages';
import { Registry } from './registry';
import { BANDS, CRITERIA, PHASES } from './schema';
import { openTable } from './table';
import type { ProblemLog, SheetIndex } from './table';

export function readPhases(index: SheetIndex, log: ProblemLog): Registry<Phase> {
  const phases = new Registry<Phase>();
  const table = openTable(index, PHASES.spec, log);
  if (!table) {
    phases.unreadable = true;
    return phases;
  }
  for (const r of table.rows) {
    const id = table.required(r, PHASES.id);
    const codeProblem = id === '' ? null : sheetNameCodeProblem(id, MAX_PHASE_CODE);
    if (codeProblem) {
      // the code names sheets (Chấm {đợt} …, Kết quả {đợt}): one that cannot would hide every card silently
      log.error(table.where(r, PHASES.id), codeProblem);
      phases.reject(id);
      continue;
    }
    const name = table.required(r, PHASES.name);
    const from = table.get(r, PHASES.from);
    const to = table.get(r, PHASES.to);
    if (from !== '' && to !== '' && from > to) log.error(table.where(r, PHASES.to), MSG.fromAfterTo(displayDate(from), displayDate(to)));
    const type = table.choice(r, PHASES.type);
    let weight = table.get(r, PHASES.yearWeight);
    // 100-point scores times the weight, summed over the phases, must stay a finite number
    if (!Number.isFinite(weight * 100 * 1000)) {
      log.error(table.where(r, PHASES.yearWeight), MSG.numberTooLarge(weight));
      weight = Number(PHASES.yearWeight.default);
    }
    if (id === '' || name === '') {
      phases.reject(id);
      continue;
    }
    const phase: Phase = {
      id,
      name,
      theme: table.get(r, PHASES.theme),
      from,
      to,
      type: type === 1 ? 'year' : 'phase',
      yearWeight: weight,
      row: r.row,
      meetingDate: table.get(r, PHASES.meetingDate),
      meetingPlace: table.get(r, PHASES.meetingPlace),
    };
    phases.add(id, phase, r.row, table.where(r, PHASES.id), PHASES.id.header, log);
  }
  return phases;
}

function displayDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function readCriteria(index: SheetIndex, log: ProblemLog, phases: Registry<Phase>): Registry<Criterion> {
  const criteria = new Registry<Criterion>();
  const table = openTable(index, CRITERIA.spec, log);
  if (!table) {
    criteria.unreadable = true;
    return criteria;
  }
  const sums = new Map<Kind, number>();
  for (const r of table.rows) {
    const id = table.required(r, CRITERIA.id);
    const text = table.required(r, CRITERIA.text);
    const kind = table.choice(r, CRITERIA.kind);
    const min = table.get(r, CRITERIA.min);
    const maxBlank = table.blank(r, CRITERIA.max);
    if (maxBlank) log.error(table.where(r, CRITERIA.max), MSG.missingCell(CRITERIA.max.header));
    const max = maxBlank ? null : table.get(r, CRITERIA.max);
    let valid = id !== '' && text !== '' && max !== null;
    if (max !== null && max <= min) {
      log.error(table.where(r, CRITERIA.max), MSG.maxNotAboveMin(max, min));
      valid = false;
    }
    // a bad weight rejects the criterion (never the default 1 in its place)
    const weight = table.strict(r, CRITERIA.weight);
    if (weight === null) valid = false;
    else if (weight <= 0) {
      log.error(table.where(r, CRITERIA.weight), MSG.weightNotPositive(weight));
      valid = false;
    }
    const phaseCodes = table.get(r, CRITERIA.phases);
    const applies: string[] = [];
    for (const code of phaseCodes) {
      if (phases.unknown(code)) log.error(table.where(r, CRITERIA.phases), MSG.unknownPhase(code));
      else applies.push(phases.get(code)?.id ?? code);
    }
    if (valid && max !== null && weight !== null) {
      // weight × max, and its sum over the criteria of a kind, must be finite (1e308 would make every score NaN)
      const kindKey = kind === 1 ? 'unit' : 'staff';
      const sum = (sums.get(kindKey) ?? 0) + Math.abs(weight * max) + Math.abs(weight * min);
      if (!Number.isFinite(sum) || !Number.isFinite(weight * max * 100)) {
        log.error(
          table.where(r, Number.isFinite(weight * 100) ? CRITERIA.max : CRITERIA.weight),
          MSG.numberTooLarge(Number.isFinite(weight * 100) ? max : weight),
        );
        valid = false;
      } else sums.set(kindKey, sum);
    }
    const tieBreak = table.get(r, CRITERIA.tieBreak);
    if (!valid || max === null || weight === null) {
      criteria.reject(id);
      continue;
    }
    const criterion: Criterion = {
      id,
      text,
      kind: kind === 1 ? 'unit' : 'staff',
      group: table.get(r, CRITERIA.group),
      min,
      max,
      weight,
      phases: phaseCodes.length === 0 ? null : applies,
      tieBreak,
      row: r.row,
    };
    criteria.add(id, criterion, r.row, table.where(r, CRITERIA.id), CRITERIA.id.header, log);
  }
  return criteria;
}

/** Bands in descending `Điểm từ` (SPEC §8); rows out of that order are reported as warnings. */
export function readBands(index: SheetIndex, log: ProblemLog): Band[] {
  const table = openTable(index, BANDS.spec, log);
  if (!table) return [];
  const bands: Band[] = [];
  const names = new Registry<Band>();
  for (const r of table.rows) {
    const name = table.required(r, BANDS.name);
    const fromBlank = table.blank(r, BANDS.from);
    if (fromBlank) log.error(table.where(r, BANDS.from), MSG.missingCell(BANDS.from.header));
    const from = fromBlank ? null : table.get(r, BANDS.from);
    if (name === '' || from === null) continue;
    const band: Band = { name, from, row: r.row };
    if (!names.add(name, band, r.row, table.where(r, BANDS.name), BANDS.name.header, log)) continue;
    const prev = bands[bands.length - 1];
    if (prev !== undefined && from > prev.from) {
      log.warning(table.where(r, BANDS.from), MSG.bandsNotDescending(name, from, prev.name, prev.from));
    } else if (prev !== undefined && from === prev.from) {
      log.warning(table.where(r, BANDS.from), MSG.bandSameFrom(name, prev.name, from));
    }
    bands.push(band);
  }
  return bands.sort((a, b) => b.from - a.from || a.row - b.row);
}
