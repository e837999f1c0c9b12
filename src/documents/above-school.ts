// `Đủ điều kiện đề nghị cấp trên` (issue 16): a section of the registration summary and of the year-end proposal
// list naming, per title above the school (CSTĐ cấp tỉnh, Bằng khen …), who has its consecutive years in `Lịch sử`.
// The school only proposes these titles; the section says so and asks to check the province's current rules.
import { aboveSchoolCandidates, aboveSchoolTitles } from '../core/history';
import type { SchoolData } from '../core/model';
import { DocumentBuilder } from './frame';
import type { TableColumn, TableRow } from './frame';
import { aboveSchool, columns, DOCUMENT_SYMBOL, frame } from './messages';
import type { OutputSheet } from './output';
import { closingRecipients } from './common';
import { displayBirthDate } from './common';
import { unitName } from './paper-common';

/** School year text from its first calendar year: 2024 → `2024-2025`. */
const yearText = (start: number): string => `${start}-${start + 1}`;

/**
 * The section (a blank row, heading, note, table) when the school lists a title above it; nothing otherwise. `spans`: the grid
 * columns of TT, Họ và tên, Ngày sinh (0 = left out), Đơn vị, the title and the years, summing to the grid's width.
 */
export function aboveSchoolSection(
  doc: DocumentBuilder,
  data: SchoolData,
  heading: string | null,
  spans: { order: number; name: number; birthDate: number; unit: number; title: number; years: number },
): void {
  const titles = aboveSchoolTitles(data);
  if (titles.length === 0) return;
  const candidates = aboveSchoolCandidates(data);
  if (heading !== null) {
    doc.blank();
    doc.heading(heading);
  }
  doc.paragraph(aboveSchool.note(titles.map((t) => aboveSchool.condition(t.name, t.years, t.needLabel))), { italic: true });
  const withBirth = spans.birthDate > 0;
  const tableColumns: TableColumn[] = [
    { header: columns.order, span: spans.order, align: 'center' },
    { header: columns.name, span: spans.name },
    ...(withBirth ? [{ header: columns.birthDate, span: spans.birthDate, align: 'center' as const, numberFormat: '@' }] : []),
    { header: columns.unit, span: spans.unit },
    { header: aboveSchool.titleColumn, span: spans.title },
    { header: aboveSchool.yearsColumn, span: spans.years },
  ];
  const rows: TableRow[] = candidates.map((c, i) => ({
    cells: [
      i + 1,
      c.staff.name,
      ...(withBirth ? [displayBirthDate(c.staff.birthDate) || null] : []),
      unitName(data, c.staff.unitId),
      c.title.name,
      aboveSchool.years(c.title.needLabel, c.run.map(yearText)),
    ],
  }));
  doc.table({ columns: tableColumns, rows, empty: aboveSchool.none });
}

/**
 * The registration summary's companion sheet (a sheet of its own: the receiving office reads `Tổng hợp đăng ký`
 * table by table, and a third table there would be read as more collectives): who has the consecutive years of a
 * title above the school, in the Decree 30 frame; null when the school lists no such title.
 */
export function aboveSchoolSheet(data: SchoolData, today: Date): OutputSheet | null {
  if (aboveSchoolTitles(data).length === 0) return null;
  const doc = new DocumentBuilder(aboveSchool.sheet, [40, 170, 85, 110, 130, 150]);
  doc.header(data.config, today, DOCUMENT_SYMBOL);
  doc.blank();
  doc.title(aboveSchool.title, frame.schoolYear(data.config.schoolYear));
  doc.blank();
  aboveSchoolSection(doc, data, null, { order: 1, name: 1, birthDate: 1, unit: 1, title: 1, years: 1 });
  doc.blank();
  doc.closing(data.config, closingRecipients(data.config));
  return doc.build();
}
