// `thidua export` (SPEC §6, §7): the export sheet as .xlsx, and as .pdf when LibreOffice (`soffice`) is installed.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Problem, SchoolData } from '../core/model';
import { key } from '../core/model';
import { tallyPhase } from '../core/tally';
import { files, proposals, summary } from '../documents/messages';
import { awardProposals } from '../documents/proposals';
import { registrationSummary } from '../documents/summary';
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
  const cleaned = name.replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim();
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
 * LibreOffice → a PDF beside each .xlsx, in one start of soffice per folder (it takes seconds to start); its own
 * profile, so that it runs beside an open LibreOffice.
 */
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
        [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', staging, ...group],
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

/**
 * Writes each sheet as .xlsx (outPath: a file, a path without extension, or a folder), then all of them as .pdf
 * beside it when `soffice` is on PATH. Returns the files written, each .xlsx followed by its .pdf.
 */
export async function writeExports(documents: { sheet: OutputSheet; outPath: string }[], protect: string[] = []): Promise<string[]> {
  // every target is checked before anything is written: an output that is an input is refused (OutputIsInputError)
  const targets = documents.map(({ sheet, outPath }) => xlsxPath(outPath, sheet.name));
  refuseInputs([...targets, ...targets.map(pdfOf)], protect);
  const written = documents.map(({ sheet }, i) => {
    const xlsx = targets[i];
    mkdirSync(dirname(xlsx), { recursive: true });
    // the document's font as the workbook default: column widths are counted in its digits
    const font = sheet.styles?.find((s) => s.style.fontFamily)?.style.fontFamily;
    writeXlsxFile(xlsx, [sheet], font ? { font: { name: font, size: 11 } } : {});
    return xlsx;
  });
  const soffice = findSoffice();
  if (!soffice) return written;
  await convertToPdf(soffice, written);
  return written.flatMap((xlsx) => [xlsx, pdfOf(xlsx)]);
}

export async function writeExport(sheet: OutputSheet, outPath: string, protect: string[] = []): Promise<string[]> {
  return writeExports([{ sheet, outPath }], protect);
}

function view(kind: ExportView['kind'], title: string, written: string[], warnings: Problem[]): ExportView {
  return {
    kind,
    title,
    links: written.map((path) => ({ label: path.endsWith('.pdf') ? files.pdfLabel : files.xlsxLabel, url: path })),
    warnings: warnings.map(problemView),
  };
}

function load(file: string): SchoolData {
  return readSchool(openXlsx(file)).data;
}

export async function exportSummaryFiles(file: string, outDir: string): Promise<ExportView> {
  const data = load(file);
  const { sheet, warnings } = registrationSummary(data, new Date());
  const title = files.name(data.config.schoolYear, data.config.schoolName, summary.fileTitle);
  const written = await writeExport(sheet, join(outDir, `${safeFileName(title)}.xlsx`), [file]);
  return view('summary', title, written, warnings);
}

export async function exportProposalsFiles(file: string, phaseId: string, outDir: string): Promise<ExportView> {
  const data = load(file);
  const phase = data.phases.find((p) => key(p.id) === key(phaseId));
  const { sheet, warnings } = awardProposals(data, tallyPhase(data, phase?.id ?? phaseId), new Date());
  const title = files.name(data.config.schoolYear, data.config.schoolName, proposals.fileTitle(phase?.name ?? phaseId));
  const written = await writeExport(sheet, join(outDir, `${safeFileName(title)}.xlsx`), [file]);
  return view('proposals', title, written, warnings);
}
