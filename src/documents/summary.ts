// `Tổng hợp đăng ký` (SPEC §6): the school's registration summary for the receiving office, in the Decree 30 frame.
// Section I staff, section II units; one column per catalogue entry of the kind, marked `x`; totals per column.
import type { CatalogEntry, CellRef, Kind, Problem, Registration, SchoolData, Staff, Unit } from '../core/model';
import { CodeIndex, key, participantKey } from '../core/codes';
import type { CellValue, OutputSheet } from './output';
import { flagNotes, flagToProblem, registrationFlags } from '../core/conditions/registration';
import { DocumentBuilder, text } from './frame';
import type { TableColumn, TableRow } from './frame';
import { columns, DOCUMENT_SYMBOL, MARK, problem, REGISTRATION_SHEET, SUMMARY_SHEET, summary } from './messages';
import { closingRecipients, configWarnings, displayBirthDate } from './common';

const WIDTH = { order: 40, name: 175, birthDate: 90, position: 95, unit: 100, mark: 78, initiative: 150, note: 165 };

/** A registrant's rows of `Đăng ký`, merged. */
interface Entry {
  kind: Kind;
  id: string;
  name: string;
  /** dd/mm/yyyy, or '' (units; staff without a birth date) */
  birthDate: string;
  position: string;
  unitName: string;
  codes: Set<string>;
  initiatives: string[];
  notes: string[];
  /** for ordering: unit row, then own row */
  order: [number, number];
}

/** The registration's `Mã` cell, or its `Mã danh mục` cell. */
function regCell(reg: Registration, column: 'id' | 'codes' = 'id'): CellRef {
  const col = column === 'id' ? (reg.source?.idCol ?? 1) : (reg.source?.codesCol ?? 2);
  return { sheet: reg.source?.sheet ?? REGISTRATION_SHEET, row: reg.row, col };
}

function pushUnique(list: string[], value: string): void {
  if (value !== '' && !list.includes(value)) list.push(value);
}

/** Registrations grouped per registrant, keeping only catalogue codes of the registrant's kind. */
function collect(data: SchoolData, warnings: Problem[]): Entry[] {
  const staffIndex = new CodeIndex(data.staff.map((s) => s.id));
  const unitIndex = new CodeIndex(data.units.map((u) => u.id));
  const catalog = new CodeIndex(data.catalog.map((e) => e.id));
  const entries = new Map<string, Entry>();
  const sorted = [...data.registrations].sort((a, b) => a.row - b.row);
  for (const reg of sorted) {
    const s = staffIndex.get(reg.id);
    const staff: Staff | undefined = s >= 0 ? data.staff[s] : undefined;
    const u = staff ? -1 : unitIndex.get(reg.id);
    const unit: Unit | undefined = u >= 0 ? data.units[u] : undefined;
    if (!staff && !unit) {
      warnings.push({ severity: 'warning', where: regCell(reg), message: problem.unknownRegistrant(reg.id) });
      continue;
    }
    if (staff && !staff.active) {
      warnings.push({ severity: 'warning', where: regCell(reg), message: problem.inactiveRegistrant(staff.id, staff.name) });
      continue;
    }
    const kind: Kind = staff ? 'staff' : 'unit';
    const id = staff ? staff.id : (unit as Unit).id;
    const entryKey = participantKey(kind, id);
    let entry = entries.get(entryKey);
    if (!entry) {
      const staffUnitIdx = staff ? unitIndex.get(staff.unitId) : -1;
      const staffUnit = staffUnitIdx >= 0 ? data.units[staffUnitIdx] : undefined;
      entry = staff
        ? {
            kind,
            id,
            name: staff.name,
            birthDate: displayBirthDate(staff.birthDate),
            position: staff.position,
            unitName: staffUnit?.name ?? staff.unitId,
            codes: new Set(),
            initiatives: [],
            notes: [],
            order: [staffUnit?.row ?? Number.MAX_SAFE_INTEGER, staff.row],
          }
        : {
            kind,
            id,
            name: (unit as Unit).name,
            birthDate: '',
            position: '',
            unitName: '',
            codes: new Set(),
            initiatives: [],
            notes: [],
            order: [(unit as Unit).row, 0],
          };
      entries.set(entryKey, entry);
    }
    for (const code of reg.codes) {
      const c = catalog.get(code);
      if (c < 0) {
        warnings.push({ severity: 'warning', where: regCell(reg, 'codes'), message: problem.unknownCatalogCode(code) });
        continue;
      }
      const catalogEntry = data.catalog[c];
      if (catalogEntry.kind !== kind) {
        const word = catalogEntry.kind === 'staff' ? 'cá nhân' : 'tập thể';
        warnings.push({ severity: 'warning', where: regCell(reg, 'codes'), message: problem.wrongKind(code, word) });
        continue;
      }
      entry.codes.add(key(catalogEntry.id));
    }
    pushUnique(entry.initiatives, text(reg.initiativeName));
    pushUnique(entry.notes, text(reg.note));
  }
  return [...entries.values()].sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
}

function marks(entry: Entry, catalog: CatalogEntry[]): CellValue[] {
  return catalog.map((c) => (entry.codes.has(key(c.id)) ? MARK : null));
}

function counts(entries: Entry[], catalog: CatalogEntry[]): number[] {
  return catalog.map((c) => entries.filter((e) => e.codes.has(key(c.id))).length);
}

export function registrationSummary(data: SchoolData, today: Date): { sheet: OutputSheet; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const entries = collect(data, warnings);
  const flags = registrationFlags(data);
  const notes = flagNotes(flags);
  for (const e of entries) e.notes.push(...(notes.get(participantKey(e.kind, e.id)) ?? []));

  const staffCatalog = data.catalog.filter((c) => c.kind === 'staff');
  const unitCatalog = data.catalog.filter((c) => c.kind === 'unit');
  const staffEntries = entries.filter((e) => e.kind === 'staff');
  const unitEntries = entries.filter((e) => e.kind === 'unit');

  // The grid: TT, name, birth date, position, unit, the staff catalogue, initiative, note; wide enough for the unit
  // catalogue too.
  const staffCols = 7 + staffCatalog.length;
  const gridCols = Math.max(staffCols, 6 + unitCatalog.length);
  const widths = [
    WIDTH.order,
    WIDTH.name,
    WIDTH.birthDate,
    WIDTH.position,
    WIDTH.unit,
    ...staffCatalog.map(() => WIDTH.mark),
    WIDTH.initiative,
    WIDTH.note,
  ];
  while (widths.length < gridCols) widths.push(WIDTH.mark);

  const doc = new DocumentBuilder(SUMMARY_SHEET, widths);
  doc.header(data.config, today, DOCUMENT_SYMBOL);
  doc.blank();
  doc.title(summary.title, summary.subtitle(data.config.schoolYear));
  doc.blank();

  const markColumn = (c: CatalogEntry): TableColumn => ({ header: c.name, span: 1, align: 'center' });
  const staffColumns: TableColumn[] = [
    { header: columns.order, span: 1, align: 'center' },
    { header: columns.name, span: 1 },
    { header: columns.birthDate, span: 1, align: 'center', numberFormat: '@' },
    { header: columns.position, span: 1 },
    { header: columns.unit, span: 1 },
    ...staffCatalog.map(markColumn),
    { header: columns.initiative, span: 1 },
    { header: columns.note, span: 1 + gridCols - staffCols },
  ];
  const staffRows: TableRow[] = staffEntries.map((e, i) => ({
    cells: [
      i + 1,
      e.name,
      e.birthDate || null,
      e.position,
      e.unitName,
      ...marks(e, staffCatalog),
      e.initiatives.join('; '),
      e.notes.join('; '),
    ],
  }));
  const initiatives = staffEntries.filter((e) => e.initiatives.length > 0).length;
  doc.heading(summary.staffSection);
  doc.table({
    columns: staffColumns,
    rows: staffRows,
    empty: summary.none,
    repeatHeader: true,
    totals: {
      label: summary.staffTotal(staffEntries.length),
      labelColumns: 5,
      values: [...counts(staffEntries, staffCatalog), initiatives, null],
    },
  });

  const unitColumns: TableColumn[] = [
    { header: columns.order, span: 1, align: 'center' },
    { header: columns.unitName, span: 4 },
    ...unitCatalog.map(markColumn),
    { header: columns.note, span: gridCols - 5 - unitCatalog.length },
  ];
  const unitRows: TableRow[] = unitEntries.map((e, i) => ({ cells: [i + 1, e.name, ...marks(e, unitCatalog), e.notes.join('; ')] }));
  doc.blank();
  const unitStart = doc.rowCount + 1;
  doc.heading(summary.unitSection);
  doc.table({
    columns: unitColumns,
    rows: unitRows,
    empty: summary.none,
    totals: { label: summary.unitTotal(unitEntries.length), labelColumns: 2, values: [...counts(unitEntries, unitCatalog), null] },
  });
  doc.keepFrom(unitStart);
  doc.blank();
  doc.closing(data.config, closingRecipients(data.config));

  const all = [...warnings, ...flags.map(flagToProblem)].sort((a, b) => (a.where?.row ?? 0) - (b.where?.row ?? 0));
  return { sheet: doc.build(), warnings: [...all, ...configWarnings(data.config)] };
}
