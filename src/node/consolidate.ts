// `thidua consolidate FILES|DIR --out OFFICE.xlsx` and `thidua template --office --out PATH` (issue 16): the
// receiving office gathers the schools' exported `Tổng hợp đăng ký` .xlsx files into its office workbook. The
// office workbook (its `Cấu hình`, `Trường`, `Năm trước`) is read, every file read and checked, the whole result
// computed, and only then the output sheets written, to a temporary file renamed over the office workbook.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { key } from '../core/codes';
import { consolidate } from '../core/office/consolidate';
import type { Collected } from '../core/office/model';
import { OFFICE_SHEET, READ_MSG } from '../workbook/office/messages';
import { officeSheets } from '../workbook/office/output';
import { readOffice } from '../workbook/office/read-office';
import { readSummaryValues } from '../workbook/office/read-summary';
import { officeTemplateSheets } from '../workbook/office/template';
import { formatCell } from '../core/cellref';
import { runHistory } from './history';
import { CONSOLIDATE_MSG as M, OFFICE_USAGE } from './consolidate-messages';
import { openXlsx, writeXlsxFile, XlsxFormatError } from './xlsx/index';

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** A usage error of an office command: the CLI prints it with the usage hint (exit 2). */
class OfficeUsageError extends Error {
  override name = 'OfficeUsageError';
}

/** Whether argv is an office command (so that cli.ts hands it over before its own parsing). */
export function isOfficeCommand(argv: string[]): boolean {
  return argv[0] === 'consolidate' || argv[0] === 'history' || (argv[0] === 'template' && argv.includes('--office'));
}

function parse(argv: string[]): { inputs: string[]; out: string } {
  const inputs: string[] = [];
  let out = '';
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new OfficeUsageError(M.missingValue(arg));
      out = value;
    } else if (arg === '--office' || arg === '--debug') continue;
    else if (arg.startsWith('--')) throw new OfficeUsageError(M.unknownOption(arg));
    else inputs.push(arg);
  }
  if (out === '') throw new OfficeUsageError(M.missingOut);
  return { inputs, out };
}

/** Every .xlsx under the inputs (directories walked), sorted, without the office workbook itself and lock files. */
export function listFiles(inputs: string[], exclude: string): string[] {
  const files: string[] = [];
  const walk = (path: string): void => {
    if (!existsSync(path)) throw new OfficeUsageError(M.notFound(path));
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        const child = join(path, name);
        if (statSync(child).isDirectory()) walk(child);
        else if (/\.xlsx$/i.test(name) && !name.startsWith('~$')) files.push(child);
      }
    } else files.push(path);
  };
  for (const input of inputs) walk(input);
  const skip = resolve(exclude);
  return [...new Set(files.map((f) => resolve(f)))].filter((f) => f !== skip).sort();
}

/** Local date-time yyyy-mm-ddTHH:MM of a file's last modification. */
function localIso(date: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}T${p(date.getHours())}:${p(date.getMinutes())}`;
}

/** One school file → its report, or the reason it cannot be used. */
export function collectFile(path: string): Collected {
  const file = basename(path);
  try {
    const wb = openXlsx(path);
    const name = wb.sheetNames().find((n) => key(n) === key(OFFICE_SHEET.summary));
    if (name === undefined) return { school: null, file, error: READ_MSG.noSheet(file) };
    const sheet = wb.read(name);
    if (!sheet) return { school: null, file, error: READ_MSG.noSheet(file) };
    const read = readSummaryValues(sheet.values, file, localIso(statSync(path).mtime));
    return 'report' in read ? { school: null, file, report: read.report } : { school: null, file, error: read.error };
  } catch (error) {
    if (error instanceof XlsxFormatError) return { school: null, file, error: error.message };
    throw error;
  }
}

function consolidateCommand(argv: string[], io: Io): number {
  const { inputs, out } = parse(argv);
  if (inputs.length === 0) throw new OfficeUsageError(M.missingInputs);
  if (!existsSync(out)) throw new OfficeUsageError(M.noOffice(out));
  const files = listFiles(inputs, out);
  if (files.length === 0) throw new OfficeUsageError(M.noFiles);
  const office = readOffice(openXlsx(out));
  const result = consolidate(office.config, office.schools, files.map(collectFile), office.lastYear);
  const problems = office.problems;
  const errors = problems.filter((p) => p.severity === 'error');
  for (const p of problems)
    io.out(`${p.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}  ${p.where ? `${formatCell(p.where)}: ` : ''}${p.message}`);
  if (errors.length > 0) {
    io.err(M.officeErrors(errors.length));
    return 1;
  }
  const sheets = officeSheets(result);
  const wb = openXlsx(out);
  wb.write(sheets);
  const temp = join(dirname(resolve(out)), `.${basename(out)}.${process.pid}.tmp`);
  try {
    wb.saveAs(temp);
    renameSync(temp, out);
  } catch (error) {
    if (existsSync(temp)) unlinkSync(temp);
    throw error;
  }
  io.out(M.done(result.received.length, result.received.length + result.missing.length, result.missing.length, result.checks.length));
  for (const t of result.titles) io.out(M.titleLine(t.title, t.total));
  io.out(M.wrote(out));
  return 0;
}

function templateCommand(argv: string[], io: Io): number {
  const { out } = parse(argv);
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeXlsxFile(out, officeTemplateSheets());
  io.out(M.wrote(out));
  return 0;
}

/** Runs an office command (isOfficeCommand(argv)); exit codes as the CLI's: 0 ok, 1 data errors, 2 usage. */
export function runOffice(argv: string[], io: Io): number {
  if (argv[0] === 'history') return runHistory(argv, io);
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(OFFICE_USAGE);
    return 0;
  }
  try {
    return argv[0] === 'consolidate' ? consolidateCommand(argv, io) : templateCommand(argv, io);
  } catch (error) {
    if (!(error instanceof OfficeUsageError)) throw error;
    io.err(error.message);
    io.err('Gõ "thidua --help" để xem cách dùng.');
    return 2;
  }
}
