// What the sidebar asks the server for, and what it gets back. The same functions are served by the Apps Script
// shell (google.script.run) and by the Node dev server; only plain JSON crosses the boundary (no Date objects).
import type { Severity } from '../core/model';

export interface ProblemView {
  severity: Severity;
  /** 'Sheet!A1', 'Sheet' or null */
  cell: string | null;
  sheet: string | null;
  row: number | null;
  col: number | null;
  message: string;
}

export interface PhaseView {
  id: string;
  name: string;
  type: 'phase' | 'year';
  from: string;
  to: string;
}

/** An export document of the registry (src/documents/registry.ts), as the sidebar offers it. */
export interface DocumentView {
  /** the id `exportDocument` takes */
  id: string;
  label: string;
  /** made per phase: the sidebar passes the selected phase */
  needsPhase: boolean;
}

export interface OverviewView {
  schoolName: string;
  schoolYear: string;
  phases: PhaseView[];
  units: { id: string; name: string }[];
  /** every export document, in registry order */
  documents: DocumentView[];
}

export interface ValidationView {
  errors: number;
  warnings: number;
  problems: ProblemView[];
}

export interface TallyParticipantView {
  kind: 'staff' | 'unit';
  id: string;
  name: string;
  unit: string | null;
  unitName: string | null;
  score: number | null;
  raw: number | null;
  band: string | null;
  rank: number | null;
  status: 'ok' | 'missing';
  criteria: { id: string; text: string; value: number | null }[];
  awards: string[];
  pending: string[];
  reasons: { award: string; awardName: string; reason: string }[];
  /**
   * Year end scored as the weighted mean of the phases (SPEC §8): each counted phase's score and weight, so that
   * the sidebar shows how the score was made. Absent for a phase scored from its own cards.
   */
  yearPhases?: { id: string; name: string; weight: number; score: number | null }[];
  /**
   * The others of the same kind with the same score (SPEC §3.7), in display order, each with what ordered the two:
   * the tie-break criterion (`Ưu tiên khi bằng điểm`) that differed first, or null when they are equal on every one
   * (the same rank; inside it, name order). Empty when nobody else has this score, or without a score.
   */
  sameScore: { id: string; name: string; rank: number | null; decidedBy: { id: string; text: string } | null }[];
}

export interface TallyAwardView {
  code: string;
  name: string;
  kind: 'staff' | 'unit';
  quota: number | null;
  byUnit: { unit: string; unitName: string; seats: number }[] | null;
  recipients: { id: string; name: string; unit: string | null; unitName: string | null; score: number | null; rank: number | null }[];
  pending: { id: string; name: string; unit: string | null; unitName: string | null; score: number | null; rank: number | null }[];
  open: number;
}

/** A council member's marking of one kind, for the panel "Độ thống nhất của Hội đồng" (issue 15). */
export interface FairnessMemberView {
  id: string;
  name: string;
  kind: 'staff' | 'unit';
  marked: number;
  /** points of the 100-point score above (+) or below (−) the rest of the council; null when nothing compared */
  deviation: number | null;
  /** the same in SDs of the phase's scores */
  deviationSd: number | null;
  rho: number | null;
  flag: 'khác biệt' | 'dễ' | 'khắt khe' | null;
  /** the plain-Vietnamese sentence of the flag; null without a flag */
  sentence: string | null;
}

export interface FairnessView {
  members: FairnessMemberView[];
  /** the flag thresholds of `Cấu hình`, in SDs (the panel marks them on its line) */
  lenientSd: number;
  strictSd: number;
  agreement: {
    kind: 'staff' | 'unit';
    method: 'complete' | 'pairwise';
    w: number;
    reading: 'high' | 'fair' | 'low';
    sentence: string;
  }[];
  /** sentences for kinds without a W (year-end mean, too few marks) */
  notes: string[];
  /** one sentence per member whose marks decide an award; empty = good news (`goodNews`) */
  sensitivity: string[];
  goodNews: string;
  /** whether decisions use normalised marks, and what the other choice would change, in words */
  normalisation: { on: boolean; sentence: string };
}

export interface TallyView {
  phase: PhaseView;
  /** the sheet the results were written to, e.g. 'Kết quả D1' (null when nothing was written) */
  resultSheet: string | null;
  /** `Số chữ số thập phân`: scores are shown with this many decimals */
  decimals: number;
  participants: TallyParticipantView[];
  /** per kind, the tie-break criteria the ranking used, in order (none at a year end scored as the phases' mean) */
  tieBreaks: Record<'staff' | 'unit', { id: string; text: string }[]>;
  awards: TallyAwardView[];
  errors: number;
  warnings: number;
  problems: ProblemView[];
  /** the council's statistics of the phase (absent when they could not be computed) */
  fairness?: FairnessView;
}

/** The office workbook's collection of the schools' summaries (issue 16), for the sidebar's progress line. */
export interface CollectionView {
  /** 'Đã thu 320/500 trường' while a collection runs in this spreadsheet; null otherwise (always in a school's workbook) */
  progress: string | null;
  /** the collection stopped for good (the office's own sheets are wrong): `progress` says why; nothing goes on by itself */
  stopped: boolean;
}

export interface ExportView {
  /** the document's id in the registry, e.g. 'de-nghi' */
  kind: string;
  title: string;
  /** links (Drive URLs in Sheets; file paths in Node) */
  links: { label: string; url: string }[];
  warnings: ProblemView[];
}

/** The server functions the sidebar calls, by name. */
export interface ServerApi {
  getOverview(): OverviewView;
  validateData(): ValidationView;
  runTally(phaseId: string): TallyView;
  /** the export document `id` (of the phase `phaseId` when it is made per phase) as files; its links and warnings */
  exportDocument(id: string, phaseId?: string): ExportView;
  /** select a cell for the user ('Sheet!A1'); returns false where that cannot be done (the dev server) */
  goToCell(cell: string): boolean;
  /** how far the collection of the schools' summaries has got (an office workbook; `Thu thập hồ sơ các trường`) */
  getCollectionProgress(): CollectionView;
}

/**
 * Every server function by name: what Apps Script exposes as a global (src/gas/main.ts) and what the dev server's
 * stand-in for google.script.run offers. `satisfies` refuses a name that is not in ServerApi; the test
 * test/build/server-functions.test.ts refuses a ServerApi function missing here.
 */
export const SERVER_FUNCTIONS = [
  'getOverview',
  'validateData',
  'runTally',
  'exportDocument',
  'goToCell',
  'getCollectionProgress',
] as const satisfies readonly (keyof ServerApi)[];
