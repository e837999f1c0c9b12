// `Đơn vị`, `Cán bộ`, `Hội đồng`.
import { MAX_MEMBER_CODE, sheetNameCodeProblem } from './cells';
import type { Member, Staff, Unit } from '../core/model';
import { disciplineLevelOf, ratingOf } from './levels';
import { MSG } from './messages';
import { Registry } from './registry';
import { RATING_CHOICES, sheetSpec } from './schema';
import { openTable } from './table';
import type { ProblemLog, SheetIndex } from './table';

export function readUnits(index: SheetIndex, log: ProblemLog): Registry<Unit> {
  const units = new Registry<Unit>();
  const table = openTable(index, sheetSpec('Đơn vị'), log);
  if (!table) {
    units.unreadable = true;
    return units;
  }
  for (const r of table.rows) {
    const id = table.required(r, 'Mã đơn vị');
    const name = table.required(r, 'Tên đơn vị', 'text');
    if (id === '' || name === '') {
      units.reject(id);
      continue;
    }
    const unit: Unit = { id, name, type: table.text(r, 'Loại'), row: r.row };
    units.add(id, unit, r.row, table.where(r, 'Mã đơn vị'), 'Mã đơn vị', log);
  }
  return units;
}

export function readStaff(index: SheetIndex, log: ProblemLog, units: Registry<Unit>): Registry<Staff> {
  const staff = new Registry<Staff>();
  const table = openTable(index, sheetSpec('Cán bộ'), log);
  if (!table) {
    staff.unreadable = true;
    return staff;
  }
  for (const r of table.rows) {
    const id = table.required(r, 'Mã CB');
    const name = table.required(r, 'Họ và tên', 'text');
    let unitId = '';
    if (table.blank(r, 'Mã đơn vị')) {
      log.error(table.where(r, 'Mã đơn vị'), MSG.staffWithoutUnit);
    } else {
      unitId = table.code(r, 'Mã đơn vị');
      if (unitId !== '' && units.unknown(unitId)) log.error(table.where(r, 'Mã đơn vị'), MSG.unknownUnit(unitId));
    }
    const unit = unitId === '' ? undefined : units.get(unitId);
    const disciplineText = table.text(r, 'Kỷ luật');
    const ratingText = table.text(r, 'Xếp loại viên chức');
    const rating = ratingText === '' ? null : ratingOf(ratingText);
    if (ratingText !== '' && rating === null) {
      log.error(table.where(r, 'Xếp loại viên chức'), MSG.notChoice(ratingText, RATING_CHOICES));
    }
    const level = disciplineLevelOf(disciplineText);
    if (level === null) log.warning(table.where(r, 'Kỷ luật'), MSG.unknownDiscipline(disciplineText));
    const person: Staff = {
      id,
      name,
      unitId: unit?.id ?? unitId,
      position: table.text(r, 'Chức vụ'),
      gender: table.text(r, 'Giới tính'),
      birthDate: table.date(r, 'Ngày sinh'),
      email: table.text(r, 'Email'),
      monthsWorked: table.number(r, 'Số tháng công tác') ?? 12,
      discipline: level ?? 7,
      disciplineText: level === 0 ? '' : disciplineText,
      rating,
      initiative: table.boolean(r, 'Sáng kiến', false),
      active: table.boolean(r, 'Đang công tác', true),
      row: r.row,
    };
    if (id === '' || name === '' || unit === undefined) {
      staff.reject(id);
      continue;
    }
    staff.add(id, person, r.row, table.where(r, 'Mã CB'), 'Mã CB', log);
  }
  return staff;
}

export function readMembers(index: SheetIndex, log: ProblemLog, staff: Registry<Staff>): Registry<Member> {
  const members = new Registry<Member>();
  const table = openTable(index, sheetSpec('Hội đồng'), log);
  if (!table) {
    members.unreadable = true;
    return members;
  }
  // without `Mã CB` no member is linked to their staff row, so their own marks would count (found by the fuzzer)
  if (!table.has('Mã CB')) log.warning({ sheet: table.sheet, row: 1, col: 1 }, MSG.noStaffLinkColumn);
  for (const r of table.rows) {
    const id = table.required(r, 'Mã thành viên');
    const codeProblem = id === '' ? null : sheetNameCodeProblem(id, MAX_MEMBER_CODE);
    if (codeProblem) {
      log.error(table.where(r, 'Mã thành viên'), codeProblem);
      members.reject(id);
      continue;
    }
    const name = table.required(r, 'Họ và tên', 'text');
    let staffId = table.code(r, 'Mã CB');
    if (staffId !== '') {
      if (staff.unknown(staffId)) log.error(table.where(r, 'Mã CB'), MSG.unknownStaff(staffId));
      staffId = staff.get(staffId)?.id ?? staffId;
    }
    if (id === '' || name === '') {
      members.reject(id);
      continue;
    }
    const member: Member = {
      id,
      name,
      email: table.text(r, 'Email'),
      staffId,
      role: table.text(r, 'Vai trò'),
      row: r.row,
      present: table.boolean(r, 'Có mặt', true),
    };
    members.add(id, member, r.row, table.where(r, 'Mã thành viên'), 'Mã thành viên', log);
  }
  return members;
}
