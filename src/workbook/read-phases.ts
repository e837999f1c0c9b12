// `Đợt thi đua`, `Tiêu chí`, `Xếp loại`.
import type { Band, Criterion, Kind, Phase } from '../core/model';
import { MAX_PHASE_CODE, sheetNameCodeProblem } from './cells';
import { MSG } from './messages';
import { Registry } from './registry';
import { KIND_CHOICES, sheetSpec } from './schema';
import { openTable } from './table';
import type { ProblemLog, SheetIndex } from './table';

export const KINDS: Kind[] = ['staff', 'unit'];

export function readPhases(index: SheetIndex, log: ProblemLog): Registry<Phase> {
  const phases = new Registry<Phase>();
  const table = openTable(index, sheetSpec('Đợt thi đua'), log);
  if (!table) {
    phases.unreadable = true;
    return phases;
  }
  for (const r of table.rows) {
    const id = table.required(r, 'Mã đợt');
    const codeProblem = id === '' ? null : sheetNameCodeProblem(id, MAX_PHASE_CODE);
    if (codeProblem) {
      // the code names sheets (Chấm {đợt} …, Kết quả {đợt}): one that cannot would hide every card silently
      log.error(table.where(r, 'Mã đợt'), codeProblem);
      phases.reject(id);
      continue;
    }
    const name = table.required(r, 'Tên đợt', 'text');
    const from = table.date(r, 'Từ ngày');
    const to = table.date(r, 'Đến ngày');
    if (from !== '' && to !== '' && from > to) log.error(table.where(r, 'Đến ngày'), MSG.fromAfterTo(displayDate(from), displayDate(to)));
    const type = table.choice(r, 'Loại', ['Đợt', 'Cả năm']);
    let weight = table.number(r, 'Trọng số cả năm');
    // 100-point scores times the weight, summed over the phases, must stay a finite number
    if (weight !== null && !Number.isFinite(weight * 100 * 1000)) {
      log.error(table.where(r, 'Trọng số cả năm'), MSG.numberTooLarge(weight));
      weight = null;
    }
    if (id === '' || name === '') {
      phases.reject(id);
      continue;
    }
    const phase: Phase = {
      id,
      name,
      theme: table.text(r, 'Chủ đề'),
      from,
      to,
      type: type === 1 ? 'year' : 'phase',
      yearWeight: weight ?? 1,
      row: r.row,
      meetingDate: table.date(r, 'Ngày họp'),
      meetingPlace: table.text(r, 'Địa điểm họp'),
    };
    phases.add(id, phase, r.row, table.where(r, 'Mã đợt'), 'Mã đợt', log);
  }
  return phases;
}

function displayDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function readCriteria(index: SheetIndex, log: ProblemLog, phases: Registry<Phase>): Registry<Criterion> {
  const criteria = new Registry<Criterion>();
  const table = openTable(index, sheetSpec('Tiêu chí'), log);
  if (!table) {
    criteria.unreadable = true;
    return criteria;
  }
  const sums = new Map<Kind, number>();
  for (const r of table.rows) {
    const id = table.required(r, 'Mã tiêu chí');
    const text = table.required(r, 'Nội dung', 'text');
    const kind = table.choice(r, 'Đối tượng', KIND_CHOICES);
    const min = table.number(r, 'Điểm tối thiểu') ?? 0;
    const maxBlank = table.blank(r, 'Điểm tối đa');
    if (maxBlank) log.error(table.where(r, 'Điểm tối đa'), MSG.missingCell('Điểm tối đa'));
    const max = maxBlank ? null : table.number(r, 'Điểm tối đa');
    let valid = id !== '' && text !== '' && max !== null;
    if (max !== null && max <= min) {
      log.error(table.where(r, 'Điểm tối đa'), MSG.maxNotAboveMin(max, min));
      valid = false;
    }
    const weight = table.blank(r, 'Trọng số') ? 1 : table.number(r, 'Trọng số');
    if (weight === null) valid = false;
    else if (weight <= 0) {
      log.error(table.where(r, 'Trọng số'), MSG.weightNotPositive(weight));
      valid = false;
    }
    const phaseCodes = table.list(r, 'Đợt áp dụng');
    const applies: string[] = [];
    for (const code of phaseCodes) {
      if (phases.unknown(code)) log.error(table.where(r, 'Đợt áp dụng'), MSG.unknownPhase(code));
      else applies.push(phases.get(code)?.id ?? code);
    }
    if (valid && max !== null && weight !== null) {
      // weight × max, and its sum over the criteria of a kind, must be finite (1e308 would make every score NaN)
      const kindKey = kind === 1 ? 'unit' : 'staff';
      const sum = (sums.get(kindKey) ?? 0) + Math.abs(weight * max) + Math.abs(weight * min);
      if (!Number.isFinite(sum) || !Number.isFinite(weight * max * 100)) {
        log.error(
          table.where(r, Number.isFinite(weight * 100) ? 'Điểm tối đa' : 'Trọng số'),
          MSG.numberTooLarge(Number.isFinite(weight * 100) ? max : weight),
        );
        valid = false;
      } else sums.set(kindKey, sum);
    }
    const tieBreak = table.integer(r, 'Ưu tiên khi bằng điểm');
    if (!valid || max === null || weight === null) {
      criteria.reject(id);
      continue;
    }
    const criterion: Criterion = {
      id,
      text,
      kind: kind === 1 ? 'unit' : 'staff',
      group: table.text(r, 'Nhóm'),
      min,
      max,
      weight,
      phases: phaseCodes.length === 0 ? null : applies,
      tieBreak,
      row: r.row,
    };
    criteria.add(id, criterion, r.row, table.where(r, 'Mã tiêu chí'), 'Mã tiêu chí', log);
  }
  return criteria;
}

/** Bands in descending `Điểm từ` (SPEC §8); rows out of that order are reported as warnings. */
export function readBands(index: SheetIndex, log: ProblemLog): Band[] {
  const table = openTable(index, sheetSpec('Xếp loại'), log);
  if (!table) return [];
  const bands: Band[] = [];
  const names = new Registry<Band>();
  for (const r of table.rows) {
    const name = table.required(r, 'Xếp loại', 'text');
    const fromBlank = table.blank(r, 'Điểm từ');
    if (fromBlank) log.error(table.where(r, 'Điểm từ'), MSG.missingCell('Điểm từ'));
    const from = fromBlank ? null : table.number(r, 'Điểm từ');
    if (name === '' || from === null) continue;
    const band: Band = { name, from, row: r.row };
    if (!names.add(name, band, r.row, table.where(r, 'Xếp loại'), 'Xếp loại', log)) continue;
    const prev = bands[bands.length - 1];
    if (prev !== undefined && from > prev.from) {
      log.warning(table.where(r, 'Điểm từ'), MSG.bandsNotDescending(name, from, prev.name, prev.from));
    } else if (prev !== undefined && from === prev.from) {
      log.warning(table.where(r, 'Điểm từ'), MSG.bandSameFrom(name, prev.name, from));
    }
    bands.push(band);
  }
  return bands.sort((a, b) => b.from - a.from || a.row - b.row);
}
