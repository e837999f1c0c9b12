// `thidua export` (SPEC §6, §7): every export document of the registry as .xlsx, and as .pdf when LibreOffice
// (`soffice`) is installed; also the dev server's `exportDocument`.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { SchoolData } from '../core/model';
import { files as fileLabels } from '../documents/messages';
import { exportDocuments, memoizedTallies, prepareDocument } from '../documents/registry';
import type { PreparedDocument } from '../documents/registry';
import type { ExportView } from '../workbook/api';
import type { OutputSheet } from '../workbook/port';
import { problemView } from '../workbook/problems';
import { readSchool } from '../workbook/read-school';
import { refuseInputs } from './safe-write';
import { openXlsx, writeXlsxFile } from './xlsx/index';

const run = promisify(execFile);

/** `soffice` on PATH (or THIDUA_SOFFICE), else null. */
export function findSoffice(): string | null {
  const configured = process.env.THIDUA_SOFFICE;
  if (configured) return existsSync(configured) ? configured : null;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** A file name without the characters file systems refuse. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned === '' ? 'thidua' : cleaned;
}

/**
 * The .xlsx to write for `outPath`: a folder gets the sheet's name; `x.pdf` means the document as x.xlsx + x.pdf
 * (never `x.pdf.xlsx`); any other name gets `.xlsx` added.
 */
function xlsxPath(outPath: string, fallbackName: string): string {
  const target = resolve(outPath);
  if (existsSync(target) && statSync(target).isDirectory()) return join(target, `${safeFileName(fallbackName)}.xlsx`);
  const ext = extname(target).toLowerCase();
  if (ext === '.pdf') return `${target.slice(0, -ext.length)}.xlsx`;
  return ext === '.xlsx' ? target : `${target}.xlsx`;
}

/**
 * LibreOffice's locale (not the process's: an uninstalled vi_VN locale would garble non-ASCII file names) is
 * Vietnamese, so that numbers print as 96,42 and not 96.42.
 */
function seedVietnameseLocale(profile: string): void {
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN</value></prop></item>' +
      '</oor:items>\n',
  );
}

const pdfOf = (xlsx: string): string => join(dirname(xlsx), `${basename(xlsx, extname(xlsx))}.pdf`);

/**
 * LibreOffice → a PDF beside each .xlsx, in one start of soffice per folder (it takes seconds to start); its own
 * profile, so that it runs beside an open LibreOffice.
 */
async function convertToPdf(soffice: string, xlsxFiles: string[]): Promise<void> {
  const byFolder = new Map<string, string[]>();
  for (const file of xlsxFiles) byFolder.set(dirname(file), [...(byFolder.get(dirname(file)) ?? []), file]);
  for (const [folder, group] of byFolder) {
    const profile = mkdtempSync(join(tmpdir(), 'thidua-lo-'));
    seedVietnameseLocale(profile);
    // PDFs are made in a temporary folder beside the targets, then renamed into place: never a half-written PDF
    const staging = mkdtempSync(join(folder, '.thidua-pdf-'));
    try {
      await run(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf',
          '--outdir',
          staging,
          ...group,
        ],
        { timeout: 120_000 + 30_000 * group.length },
      );
      for (const xlsx of group) {
        const made = join(staging, basename(pdfOf(xlsx)));
        if (!existsSync(made)) throw new Error(`soffice did not write ${pdfOf(xlsx)}`);
        renameSync(made, pdfOf(xlsx));
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
      rmSync(staging, { recursive: true, force: true });
    }
  }
}

/** One document's files: its .xlsx, and its .pdf when LibreOffice made one. */
export interface WrittenDocument {
  xlsx: string;
  pdf: string | null;
}

/**
 * Writes each document (one or more sheets) as .xlsx (outPath: a file, a path without extension, or a folder),
 * then all of them as .pdf beside it, in one start of `soffice` per folder, when it is on PATH.
 */
export async function writeDocuments(
  documents: { sheets: OutputSheet[]; outPath: string }[],
  protect: string[] = [],
): Promise<WrittenDocument[]> {
  // every target is checked before anything is written: an output that is an input is refused (OutputIsInputError)
  const targets = documents.map(({ sheets, outPath }) => xlsxPath(outPath, sheets[0]?.name ?? 'thidua'));
  refuseInputs([...targets, ...targets.map(pdfOf)], protect);
  const written = documents.map(({ sheets }, i) => {
    const xlsx = targets[i];
    mkdirSync(dirname(xlsx), { recursive: true });
    // the document's font as the workbook default: column widths are counted in its digits
    const font = sheets.flatMap((sheet) => sheet.styles ?? []).find((s) => s.style.fontFamily)?.style.fontFamily;
    writeXlsxFile(xlsx, sheets, font ? { font: { name: font, size: 11 } } : {});
    return xlsx;
  });
  const soffice = findSoffice();
  if (!soffice) return written.map((xlsx) => ({ xlsx, pdf: null }));
  await convertToPdf(soffice, written);
  return written.map((xlsx) => ({ xlsx, pdf: pdfOf(xlsx) }));
}

/** Writes one sheet as .xlsx (+ .pdf); the files written, the .xlsx first. */
export async function writeExport(sheet: OutputSheet, outPath: string, protect: string[] = []): Promise<string[]> {
  const [done] = await writeDocuments([{ sheets: [sheet], outPath }], protect);
  return done.pdf === null ? [done.xlsx] : [done.xlsx, done.pdf];
}

/** The files of a written document as the sidebar shows them. */
function exportView(prepared: PreparedDocument, written: WrittenDocument): ExportView {
  const files = written.pdf === null ? [written.xlsx] : [written.xlsx, written.pdf];
  return {
    kind: prepared.def.id,
    title: prepared.title,
    links: files.map((path) => ({ label: path.endsWith('.pdf') ? fileLabels.pdfLabel : fileLabels.xlsxLabel, url: path })),
    warnings: prepared.built.warnings.map(problemView),
  };
}

/** `{id}-{phase}.xlsx` for a phase's document, `{id}.xlsx` otherwise: the names of `thidua export --all`. */
export function documentFileName(prepared: PreparedDocument): string {
  return safeFileName(prepared.phase === null ? `${prepared.def.id}.xlsx` : `${prepared.def.id}-${prepared.phase.id}.xlsx`);
}

/** Every export document of the registry, of every phase for a phase's document, built in full (each tally once). */
export function prepareAllDocuments(data: SchoolData, today: Date): PreparedDocument[] {
  const tally = memoizedTallies(data);
  return exportDocuments().flatMap((def) =>
    def.needsPhase
      ? data.phases.map((phase) => prepareDocument(data, def.id, phase.id, { today, tally }))
      : [prepareDocument(data, def.id, null, { today, tally })],
  );
}

/** The server function `exportDocument` over an .xlsx file: the document written into outDir, named by its title. */
export async function exportDocumentFiles(
  file: string,
  documentId: string,
  phaseId: string | undefined,
  outDir: string,
): Promise<ExportView> {
  const { data } = readSchool(openXlsx(file));
  const prepared = prepareDocument(data, documentId, phaseId, { today: new Date() });
  const [written] = await writeDocuments(
    [{ sheets: prepared.built.sheets, outPath: join(outDir, `${safeFileName(prepared.title)}.xlsx`) }],
    [file],
  );
  return exportView(prepared, written);
}
