// Lookups of one school, built once and shared by the award engine (and by any phase tallied on the same data):
// staff by code, units by code (with their names), active staff by unit. Criteria by phase stay in scoring.ts.
import { codeKey } from './codes';
import type { SchoolData, Staff, Unit } from './model';

export class SchoolIndex {
  /** staff code key → the first staff row with that code (every row, active or not) */
  private readonly staffByKey = new Map<string, Staff>();
  /** unit code key → the first unit row with that code */
  private readonly unitByKey = new Map<string, Unit>();
  /** unit code key → its active staff, in `Cán bộ` order */
  private readonly activeByUnit = new Map<string, Staff[]>();

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
      if (!this.unitByKey.has(k)) this.unitByKey.set(k, u);
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

  /** The unit of a code (any case), with its name, or undefined. */
  unit(id: string): Unit | undefined {
    return this.unitByKey.get(codeKey(id));
  }
}
