// Lookups of one school, built once and shared by the award engine (and by any phase tallied on the same data):
// staff by code, active staff by unit, unit names.
import { codeKey } from './codes';
import type { SchoolData, Staff } from './model';

export class SchoolIndex {
  /** staff code key → the first staff row with that code (every row, active or not) */
  private readonly staffByKey = new Map<string, Staff>();
  /** unit code key → its active staff, in `Cán bộ` order */
  private readonly activeByUnit = new Map<string, Staff[]>();
  /** unit code key → `Tên đơn vị` */
  private readonly unitNames = new Map<string, string>();

  constructor(data: SchoolData) {
    for (const s of data.staff) {
      const k = codeKey(s.id);
      if (!this.staffByKey.has(k)) this.staffByKey.set(k, s);
      if (!s.active) continue;
      const unit = codeKey(s.unitId);
      const list = this.activeByUnit.get(unit);
      if (list === undefined) this.activeByUnit.set(unit, [s]);
      else list.push(s);
    }
    for (const u of data.units) {
      const k = codeKey(u.id);
      if (!this.unitNames.has(k)) this.unitNames.set(k, u.name);
    }
  }

  /** The staff record of a code (any case), or undefined. */
  staff(id: string): Staff | undefined {
    return this.staffByKey.get(codeKey(id));
  }

  /** The active staff of a unit code (any case); [] for an unknown unit. */
  activeStaff(unitId: string): readonly Staff[] {
    return this.activeByUnit.get(codeKey(unitId)) ?? [];
  }

  /** `Tên đơn vị` of a unit code (any case), or undefined. */
  unitName(unitId: string): string | undefined {
    return this.unitNames.get(codeKey(unitId));
  }
}
