// `thidua export` (SPEC §6, §7): the export sheet as .xlsx, and as .pdf when LibreOffice (`soffice`) is installed.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Problem, SchoolData } from '../core/model';
import { key } from '../core/model';
import { tallyPhase } from '../core/tally';
import { files, proposals, summary } from '../core/exports/messages';
import { awardProposals } from '../core/exports/proposals';
import { registrationSummary } from '../core/exports/summary';
import type { ExportView } from '../workbook/api';
import type { OutputSheet } from '../workbook/port';
import { problemView } from '../workbook/problems';
import { readSchool } from '../workbook/read-school';
import { openXlsx, writeXlsxFile } from './xlsx/index';
import { entryData, readZip, writeZip } from './xlsx/zip';
import type { ZipEntry } from './xlsx/zip';

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

function xlsxPath(outPath: string, fallbackName: string): string {
  const target = resolve(outPath);
  if (existsSync(target) && statSync(target).isDirectory()) return join(target, `${safeFileName(fallbackName)}.xlsx`);
  return extname(target).toLowerCase() === '.xlsx' ? target : `${target}.xlsx`;
}

const ROW_TAG = /<row r="(\d+)"([^>]*)>/g;
const FIRST_FONT = /(<fonts\b[^>]*>\s*)<font>[\s\S]*?<\/font>/;
const DOCUMENT_FONT = '<font><sz val="11"/><name val="Times New Roman"/><family val="1"/></font>';

/**
 * Two fixes to the written package, until src/node/xlsx does them itself (asked for in the exports' report):
 * - the rows get the heights the document asks for (OutputSheet.rowHeights): LibreOffice does not fit rows to
 *   wrapped text on opening, and prints it over the next row;
 * - the workbook's default font becomes the document's (Times New Roman): column widths are counted in digits of
 *   that font, and where Calibri is missing (LibreOffice on Linux) a wider substitute makes every column a third
 *   wider, so that "fit to page width" shrinks the whole document.
 */
function finishPackage(path: string, sheet: OutputSheet): void {
  const entries = readZip(readFileSync(path));
  const decode = (e: ZipEntry): string => new TextDecoder().decode(entryData(e));
  const replaced = new Map<ZipEntry, string>();
  const part = entries.find((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name));
  const heights = sheet.rowHeights ?? [];
  if (part && heights.length > 0) {
    const xml = decode(part);
    if (!xml.includes('customHeight="1"')) {
      replaced.set(
        part,
        xml.replace(ROW_TAG, (tag, row: string, rest: string) => {
          const px = heights[Number(row) - 1];
          if (typeof px !== 'number' || !(px > 0) || /\sht="/.test(rest)) return tag;
          return `<row r="${row}"${rest} ht="${Math.round(px * 0.75 * 100) / 100}" customHeight="1">`;
        }),
      );
    }
  }
  const styles = entries.find((e) => e.name === 'xl/styles.xml');
  if (styles) {
    const xml = decode(styles);
    if (FIRST_FONT.test(xml)) replaced.set(styles, xml.replace(FIRST_FONT, (_m, open: string) => `${open}${DOCUMENT_FONT}`));
  }
  if (replaced.size === 0) return;
  const encoder = new TextEncoder();
  const next: ZipEntry[] = entries.map((e) => {
    const text = replaced.get(e);
    return text === undefined ? e : { kind: 'new', name: e.name, data: encoder.encode(text) };
  });
  writeFileSync(path, writeZip(next));
}

/** LibreOffice → PDF beside the .xlsx; its own profile, so that it runs beside an open LibreOffice. */
async function convertToPdf(soffice: string, xlsx: string): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'thidua-lo-'));
  try {
    await run(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dirname(xlsx), xlsx],
      { timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(dirname(xlsx), `${basename(xlsx, extname(xlsx))}.pdf`);
  if (!existsSync(pdf)) throw new Error(`soffice did not write ${pdf}`);
  return pdf;
}

/**
 * Writes the sheet as .xlsx (outPath: a file, a path without extension, or a folder), then as .pdf beside it when
 * `soffice` is on PATH. Returns the files written.
 */
export async function writeExport(sheet: OutputSheet, outPath: string): Promise<string[]> {
  const xlsx = xlsxPath(outPath, sheet.name);
  mkdirSync(dirname(xlsx), { recursive: true });
  writeXlsxFile(xlsx, [sheet]);
  finishPackage(xlsx, sheet);
  const written = [xlsx];
  const soffice = findSoffice();
  if (soffice) written.push(await convertToPdf(soffice, xlsx));
  return written;
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
  const written = await writeExport(sheet, join(outDir, `${safeFileName(title)}.xlsx`));
  return view('summary', title, written, warnings);
}

export async function exportProposalsFiles(file: string, phaseId: string, outDir: string): Promise<ExportView> {
  const data = load(file);
  const phase = data.phases.find((p) => key(p.id) === key(phaseId));
  const { sheet, warnings } = awardProposals(data, tallyPhase(data, phase?.id ?? phaseId), new Date());
  const title = files.name(data.config.schoolYear, data.config.schoolName, proposals.fileTitle(phase?.name ?? phaseId));
  const written = await writeExport(sheet, join(outDir, `${safeFileName(title)}.xlsx`));
  return view('proposals', title, written, warnings);
}
