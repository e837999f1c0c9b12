// Every document the product makes from the decisions, in one registry: the Apps Script shell, the CLI, the dev
// server and the sidebar loop over it. Adding a document = one builder file and one entry here.
import type { Phase, Problem, SchoolData } from '../core/model';
import { key } from '../core/codes';
import type { PhaseTally } from '../core/result';
import { tallyPhase } from '../core/tally';
import { documentRequest, files, proposals, summary } from './messages';
import { phaseFairness } from '../core/fairness';
import { fairnessSheet } from './fairness-sheet';
import type { OutputSheet } from './output';
import { awardProposals } from './proposals';
import { resultsSheet } from './results-sheet';
import { registrationSummary } from './summary';
import { aboveSchoolSheet } from './above-school';
import { ballotCountDocument } from './ballot-count';
import { certificatesDocument, certificateSheets } from './certificates';
import { councilWarnings } from '../core/council-warnings';
import { decisionDocument } from './decision';
import { meetingMinutes } from './meeting-minutes';
import { paperFile, paperLabel } from './paper-messages';
import { submissionDocument } from './submission';

/** What a builder is given. `tally` computes a phase's tally once per phase (the caller memoizes it). */
export interface DocumentInput {
  data: SchoolData;
  /** the phase, for documents that need one (`needsPhase`); null otherwise */
  phase: Phase | null;
  tally: (phaseId: string) => PhaseTally;
  today: Date;
  /**
   * Where the document will be printed: `file` (.xlsx → PDF through LibreOffice, which honours page breaks) or
   * `google-sheets` (Google's PDF export ignores manual page breaks: a document paged by hand, such as the
   * certificates, is then made of one sheet per page). Default `file`.
   */
  medium?: 'file' | 'google-sheets';
}

export interface BuiltDocument {
  /** usually one sheet; a document may have several (each one a sheet of the export spreadsheet / .xlsx) */
  sheets: OutputSheet[];
  /** what the council should see before sending it (each at its cell where there is one) */
  warnings: Problem[];
}

export interface DocumentDef {
  /** stable id, used by the CLI (`--document ID`), the server API and file names: `{id}-{phase}.xlsx` */
  id: string;
  needsPhase: boolean;
  /** `workbook`: written into the council's own workbook (the results sheet); `export`: a file of its own */
  target: 'workbook' | 'export';
  /** short Vietnamese label for menus and buttons */
  label: string;
  /** the file's title, e.g. `2025-2026 - Trường … - Đề nghị khen thưởng Đợt 1` */
  fileTitle(data: SchoolData, phase: Phase | null): string;
  build(input: DocumentInput): BuiltDocument;
}

function phaseOf(input: DocumentInput): Phase {
  if (input.phase === null) throw new Error('document needs a phase');
  return input.phase;
}

const fileName = (data: SchoolData, title: string): string => files.name(data.config.schoolYear, data.config.schoolName, title);

const BUILDERS: readonly DocumentDef[] = [
  {
    id: 'ket-qua',
    needsPhase: true,
    target: 'workbook',
    label: 'Kết quả xét khen thưởng',
    fileTitle: (data, phase) => fileName(data, `Kết quả ${phase?.name ?? ''}`.trim()),
    build: (input) => {
      const phase = phaseOf(input);
      const tally = input.tally(phase.id);
      return { sheets: [resultsSheet(input.data, tally)], warnings: [] };
    },
  },
  {
    id: 'tong-hop-dang-ky',
    needsPhase: false,
    target: 'export',
    label: 'Tổng hợp đăng ký thi đua',
    fileTitle: (data) => fileName(data, summary.fileTitle),
    build: (input) => {
      const { sheet, warnings } = registrationSummary(input.data, input.today);
      // who has the consecutive years of a title above the school: a sheet of its own after the summary
      const above = aboveSchoolSheet(input.data, input.today);
      return { sheets: above === null ? [sheet] : [sheet, above], warnings };
    },
  },
  {
    id: 'de-nghi',
    needsPhase: true,
    target: 'export',
    label: 'Danh sách đề nghị khen thưởng',
    fileTitle: (data, phase) => fileName(data, proposals.fileTitle(phase?.name ?? '')),
    build: (input) => {
      const phase = phaseOf(input);
      const { sheet, warnings } = awardProposals(input.data, input.tally(phase.id), input.today);
      return { sheets: [sheet], warnings };
    },
  },
  {
    id: 'thong-ke-cham',
    needsPhase: true,
    target: 'workbook',
    label: 'Thống kê chấm điểm của Hội đồng',
    fileTitle: (data, phase) => fileName(data, `Thống kê chấm ${phase?.name ?? ''}`.trim()),
    build: (input) => {
      const phase = phaseOf(input);
      const tally = input.tally(phase.id);
      return { sheets: [fairnessSheet(input.data, tally, phaseFairness(input.data, phase.id, tally))], warnings: [] };
    },
  },
  // The council's paper trail (issue 14).
  {
    id: 'bien-ban-kiem-phieu',
    needsPhase: true,
    target: 'export',
    label: paperLabel.ballot,
    fileTitle: (data, phase) => fileName(data, paperFile.ballot(phase?.name ?? '')),
    build: (input) => {
      const { sheet, warnings } = ballotCountDocument(input.data, phaseOf(input), input.today);
      return { sheets: [sheet], warnings };
    },
  },
  {
    id: 'bien-ban-hop',
    needsPhase: true,
    target: 'export',
    label: paperLabel.minutes,
    fileTitle: (data, phase) => fileName(data, paperFile.minutes(phase?.name ?? '')),
    build: (input) => {
      const phase = phaseOf(input);
      const { sheet, warnings } = meetingMinutes(input.data, phase, input.tally(phase.id), input.today);
      return { sheets: [sheet], warnings };
    },
  },
  {
    id: 'to-trinh',
    needsPhase: true,
    target: 'export',
    label: paperLabel.submission,
    fileTitle: (data, phase) => fileName(data, paperFile.submission(phase?.name ?? '')),
    build: (input) => {
      const phase = phaseOf(input);
      const { sheet, warnings } = submissionDocument(input.data, phase, input.tally(phase.id), input.today);
      return { sheets: [sheet], warnings };
    },
  },
  {
    id: 'quyet-dinh',
    needsPhase: true,
    target: 'export',
    label: paperLabel.decision,
    fileTitle: (data, phase) => fileName(data, paperFile.decision(phase?.name ?? '')),
    build: (input) => {
      const phase = phaseOf(input);
      const { sheet, warnings } = decisionDocument(input.data, phase, input.tally(phase.id), input.today);
      return { sheets: [sheet], warnings };
    },
  },
  {
    id: 'giay-khen',
    needsPhase: true,
    target: 'export',
    label: paperLabel.certificates,
    fileTitle: (data, phase) => fileName(data, paperFile.certificates(phase?.name ?? '')),
    build: (input) => {
      const phase = phaseOf(input);
      if (input.medium === 'google-sheets') {
        return { sheets: certificateSheets(input.data, phase, input.tally(phase.id), input.today), warnings: [] };
      }
      const { sheet, warnings } = certificatesDocument(input.data, phase, input.tally(phase.id), input.today);
      return { sheets: [sheet], warnings };
    },
  },
];

const problemKey = (p: Problem): string => `${p.severity}|${p.where?.sheet ?? ''}|${p.where?.row ?? ''}|${p.where?.col ?? ''}|${p.message}`;

/**
 * Every document's warnings, from one place: its own, then what `thidua validate` adds to the workbook's
 * problems (the council warnings, src/core/council-warnings.ts), each once.
 */
export function documentWarnings(data: SchoolData, own: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return [...own, ...councilWarnings(data)].filter((p) => {
    const k = problemKey(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const DOCUMENTS: readonly DocumentDef[] = BUILDERS.map((def) => ({
  ...def,
  build: (input: DocumentInput): BuiltDocument => {
    const built = def.build(input);
    return { sheets: built.sheets, warnings: documentWarnings(input.data, built.warnings) };
  },
}));

/** The documents made as files of their own (not written into the council's workbook), in registry order. */
export function exportDocuments(): readonly DocumentDef[] {
  return DOCUMENTS.filter((d) => d.target === 'export');
}

/** A request the registry cannot serve (unknown id, missing or unknown phase); the message is for the user. */
export class DocumentRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentRequestError';
  }
}

/** Each phase's tally computed once, however many documents ask for it. */
export function memoizedTallies(data: SchoolData): (phaseId: string) => PhaseTally {
  const cache = new Map<string, PhaseTally>();
  return (phaseId) => {
    const id = key(phaseId);
    let tally = cache.get(id);
    if (tally === undefined) {
      tally = tallyPhase(data, phaseId);
      cache.set(id, tally);
    }
    return tally;
  };
}

export interface PreparedDocument {
  def: DocumentDef;
  /** the phase as the workbook spells it; null for a document without one */
  phase: Phase | null;
  /** the file's title (`{Năm học} - {Tên trường} - …`) */
  title: string;
  built: BuiltDocument;
}

/**
 * The export document `id` (of phase `phaseId` when it needs one), built in full. A document without a phase
 * ignores `phaseId`. Throws DocumentRequestError for an unknown id, a missing or an unknown phase.
 */
export function prepareDocument(
  data: SchoolData,
  id: string,
  phaseId: string | null | undefined,
  options: { today: Date; tally?: (phaseId: string) => PhaseTally; medium?: DocumentInput['medium'] },
): PreparedDocument {
  const exportable = exportDocuments();
  const def = exportable.find((d) => d.id === id.trim());
  if (def === undefined) throw new DocumentRequestError(documentRequest.unknownDocument(id, exportable.map((d) => d.id).join(', ')));
  let phase: Phase | null = null;
  if (def.needsPhase) {
    const wanted = (phaseId ?? '').trim();
    if (wanted === '') throw new DocumentRequestError(documentRequest.phaseNeeded(def.label));
    phase = data.phases.find((p) => key(p.id) === key(wanted)) ?? null;
    if (phase === null) throw new DocumentRequestError(documentRequest.unknownPhase(wanted, data.phases.map((p) => p.id).join(', ')));
  }
  const built = def.build({ data, phase, tally: options.tally ?? memoizedTallies(data), today: options.today, medium: options.medium });
  return { def, phase, title: def.fileTitle(data, phase), built };
}
