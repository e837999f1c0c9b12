// The receiving office's side (issue 16): what it reads from each school's `Tổng hợp đăng ký`, what it knows of
// its schools, and what the consolidation produces. Plain data; the readers live in src/workbook/office.
import type { CellRef, Kind } from '../model';

/** One registrant of a school's summary: a person of section I or a unit of section II. */
export interface ReportEntry {
  kind: Kind;
  name: string;
  /** ISO yyyy-mm-dd, or '' (units; a person without a birth date) */
  birthDate: string;
  position: string;
  unit: string;
  /** the titles marked for this registrant, as the school's column headers spell them */
  titles: string[];
  where: CellRef;
}

/** A school's registration summary as read back from its exported document. */
export interface SchoolReport {
  /** the file or spreadsheet it came from, for messages */
  file: string;
  schoolName: string;
  schoolCode: string;
  managingBody: string;
  schoolYear: string;
  titles: { kind: Kind; name: string }[];
  entries: ReportEntry[];
  /** last modification, ISO date-time ('' when unknown) */
  modified: string;
  /** what the reader noticed without refusing the file (a total that disagrees with its marks) */
  notes: string[];
}

/** A row of the office's `Trường`. */
export interface OfficeSchool {
  code: string;
  name: string;
  /** link to the school's export spreadsheet, or a Drive folder to scan; a file path in Node */
  link: string;
  email: string;
  row: number;
}

/** An office rule: a title may go to at most `percent` (0..1) of the school's registered individuals. */
export interface OfficeCap {
  title: string;
  percent: number;
  where: CellRef;
}

export interface OfficeConfig {
  officeName: string;
  schoolYear: string;
  /** ISO yyyy-mm-dd, '' = no deadline; a file modified after the end of this day is late */
  deadline: string;
  caps: OfficeCap[];
}

/** Last year's count of a title at a school (the office's previous `Theo trường`). */
export interface LastYearCount {
  schoolCode: string;
  title: string;
  count: number;
}

/** What was collected for one file or one school's link: a report, or why there is none. */
export type Collected =
  { school: OfficeSchool | null; file: string; report: SchoolReport } | { school: OfficeSchool | null; file: string; error: string };

export type MissingStatus = 'missing' | 'unreadable' | 'otherYear';

export type CheckKind = 'duplicate' | 'sameName' | 'cap' | 'late' | 'unknownFile' | 'twoFiles' | 'fileNote';

export interface Check {
  kind: CheckKind;
  /** the schools concerned, as `code name`, joined by `; ` */
  schools: string;
  message: string;
}

export interface TitleGroup {
  school: OfficeSchool;
  entries: ReportEntry[];
}

export interface TitleTotal {
  kind: Kind;
  title: string;
  groups: TitleGroup[];
  total: number;
}

export interface SchoolCount {
  school: OfficeSchool;
  title: string;
  count: number;
  lastYear: number | null;
}

export interface Consolidation {
  config: OfficeConfig;
  /** schools whose report was used, in `Trường` order */
  received: { school: OfficeSchool; report: SchoolReport }[];
  titles: TitleTotal[];
  bySchool: SchoolCount[];
  missing: { school: OfficeSchool; status: MissingStatus; detail: string }[];
  checks: Check[];
}
