// `Đơn vị`, `Cán bộ`, `Hội đồng`.
import { MAX_MEMBER_CODE, sheetNameCodeProblem } from './cells';
import type { Member, Staff, Unit } from '../core/model';
import { disciplineLevelOf, ratingOf } from './levels';
import { MSG } from './messages';
import { Registry } from './registry';
import { MEMBERS, RATING_CHOICES, STAFF, UNITS } from './schema';
import { openTable } from './table';
import type { ProblemLog, SheetIndex } from './table';

export function readUnits(index: SheetIndex, log: ProblemLog): Registry<Unit> {
  const units = new Registry<Unit>();
  const table = openTable(index, UNITS.spec, log);
  if (!table) {
    units.unreadable = true;
    return units;
  }
  for (const r of table.rows) {
    const id = table.required(r, UNITS.id);
    const name = table.required(r, UNITS.name);
    if (id === '' || name === '') {
      units.reject(id);
      continue;
    }
    const unit: Unit = { id, name, type: table.get(r, UNITS.type), row: r.row };
    units.add(id, unit, r.row, table.where(r, UNITS.id), UNITS.id.header, log);
  }
  return units;
}

export function readStaff(index: SheetIndex, log: ProblemLog, units: Registry<Unit>): Registry<Staff> {
  const staff = new Registry<Staff>();
  const table = openTable(index, STAFF.spec, log);
  if (!table) {
    staff.unreadable = true;
    return staff;
  }
  for (const r of table.rows) {
    const id = table.required(r, STAFF.id);
    const name = table.required(r, STAFF.name);
    let unitId = '';
    if (table.blank(r, STAFF.unitId)) {
      log.error(table.where(r, STAFF.unitId), MSG.staffWithoutUnit);
    } else {
      unitId = table.get(r, STAFF.unitId);
      if (unitId !== '' && units.unknown(unitId)) log.error(table.where(r, STAFF.unitId), MSG.unknownUnit(unitId));
    }
    const unit = unitId === '' ? undefined : units.get(unitId);
    const disciplineText = table.get(r, STAFF.discipline);
    const ratingText = table.get(r, STAFF.rating);
    const rating = ratingText === '' ? null : ratingOf(ratingText);
    if (ratingText !== '' && rating === null) {
      log.error(table.where(r, STAFF.rating), MSG.notChoice(ratingText, RATING_CHOICES));
    }
    const level = disciplineLevelOf(disciplineText);
    if (level === null) log.warning(table.where(r, STAFF.discipline), MSG.unknownDiscipline(disciplineText));
    const person: Staff = {
      id,
      name,
      unitId: unit?.id ?? unitId,
      position: table.get(r, STAFF.position),
      gender: table.get(r, STAFF.gender),
      birthDate: table.get(r, STAFF.birthDate),
      email: table.get(r, STAFF.email),
      monthsWorked: table.get(r, STAFF.monthsWorked),
      discipline: level ?? 7,
      disciplineText: level === 0 ? '' : disciplineText,
      rating,
      initiative: table.get(r, STAFF.initiative),
      active: table.get(r, STAFF.active),
      row: r.row,
    };
    if (id === '' || name === '' || unit === undefined) {
      staff.reject(id);
      continue;
    }
    staff.add(id, person, r.row, table.where(r, STAFF.id), STAFF.id.header, log);
  }
  return staff;
}

export function readMembers(index: SheetIndex, log: ProblemLog, staff: Registry<Staff>): Registry<Member> {
  const members = new Registry<Member>();
  const table = openTable(index, MEMBERS.spec, log);
  if (!table) {
    members.unreadable = true;
    return members;
  }
  // without `Mã CB` no member is linked to their staff row, so their own marks would count (found by the fuzzer)
  if (!table.has(MEMBERS.staffId)) log.warning({ sheet: table.sheet, row: 1, col: 1 }, MSG.noStaffLinkColumn);
  for (const r of table.rows) {
    const id = table.required(r, MEMBERS.id);
    const codeProblem = id === '' ? null : sheetNameCodeProblem(id, MAX_MEMBER_CODE);
    if (codeProblem) {
      log.error(table.where(r, MEMBERS.id), codeProblem);
      members.reject(id);
      continue;
    }
    const name = table.required(r, MEMBERS.name);
    let staffId = table.get(r, MEMBERS.staffId);
    if (staffId !== '') {
      if (staff.unknown(staffId)) log.error(table.where(r, MEMBERS.staffId), MSG.unknownStaff(staffId));
      staffId = staff.get(staffId)?.id ?? staffId;
    }
    if (id === '' || name === '') {
      members.reject(id);
      continue;
    }
    const member: Member = {
      id,
      name,
      email: table.get(r, MEMBERS.email),
      staffId,
      role: table.get(r, MEMBERS.role),
      row: r.row,
      present: table.get(r, MEMBERS.present),
    };
    members.add(id, member, r.row, table.where(r, MEMBERS.id), MEMBERS.id.header, log);
  }
  return members;
}
