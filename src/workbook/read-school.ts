// The whole workbook → SchoolData, with every problem found on the way. Never throws on bad data.
import { DEFAULT_CONFIG } from '../core/model';
import type { Problem, SchoolData } from '../core/model';
import type { Workbook } from './port';
import { HISTORY_SHEET, readHistory } from './read-history';
import { MSG } from './messages';
import { readAwards, readCatalog, readRegistrations } from './read-awards';
import { readCards, readVotes } from './read-cards';
import { readConfig } from './read-config';
import { readMembers, readStaff, readUnits } from './read-people';
import { readBands, readCriteria, readPhases } from './read-phases';
import { ProblemLog, SheetIndex } from './table';

export function emptySchool(): SchoolData {
  return {
    config: { ...DEFAULT_CONFIG },
    units: [],
    staff: [],
    members: [],
    phases: [],
    criteria: [],
    bands: [],
    catalog: [],
    awards: [],
    registrations: [],
    cards: [],
    votes: [],
  };
}

export function readSchool(wb: Workbook): { data: SchoolData; problems: Problem[] } {
  const log = new ProblemLog();
  const data = emptySchool();
  try {
    const index = new SheetIndex(wb, log);
    if (index.names.length === 0) log.error(null, MSG.emptyWorkbook);
    data.config = readConfig(index, log);
    const units = readUnits(index, log);
    const staff = readStaff(index, log, units);
    const members = readMembers(index, log, staff);
    const phases = readPhases(index, log);
    const criteria = readCriteria(index, log, phases);
    data.units = units.values();
    data.staff = staff.values();
    data.members = members.values();
    data.phases = phases.values();
    data.criteria = criteria.values();
    data.bands = readBands(index, log);
    const catalog = readCatalog(index, log);
    data.catalog = catalog.values();
    data.awards = readAwards(index, log, phases);
    data.registrations = readRegistrations(index, log, staff, units, catalog);
    const ctx = { staff, units, members, phases, criteria };
    data.cards = readCards(index, log, ctx);
    data.votes = readVotes(index, log, ctx, data.awards);
    if (index.find(HISTORY_SHEET) !== null) data.history = readHistory(index, log);
  } catch (e) {
    // an adapter failure, not bad data: still report it rather than throw
    log.error(null, MSG.readFailed(e instanceof Error ? e.message : String(e)));
  }
  return { data, problems: log.list };
}
