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

export interface OverviewView {
  schoolName: string;
  schoolYear: string;
  phases: PhaseView[];
  units: { id: string; name: string }[];
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

export interface TallyView {
  phase: PhaseView;
  /** the sheet the results were written to, e.g. 'Kết quả D1' (null when nothing was written) */
  resultSheet: string | null;
  /** `Số chữ số thập phân`: scores are shown with this many decimals */
  decimals: number;
  participants: TallyParticipantView[];
  awards: TallyAwardView[];
  errors: number;
  warnings: number;
  problems: ProblemView[];
}

export interface ExportView {
  kind: 'summary' | 'proposals';
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
  exportSummary(): ExportView;
  exportProposals(phaseId: string): ExportView;
  /** select a cell for the user ('Sheet!A1'); returns false where that cannot be done (the dev server) */
  goToCell(cell: string): boolean;
}
