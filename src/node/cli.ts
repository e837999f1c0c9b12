// The `thidua` command (SPEC §7). Exit codes: 0 ok, 1 data errors, 2 usage errors.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs as nodeParseArgs, type ParseArgsConfig } from 'node:util';
import { formatCell } from '../core/cellref';
import { key } from '../core/codes';
import type { Problem, SchoolData } from '../core/model';
import type { PhaseTally } from '../core/result';
import { tallyPhase } from '../core/tally';
import { DocumentRequestError, prepareDocument } from '../documents/registry';
import type { PreparedDocument } from '../documents/registry';
import { readSchool } from '../workbook/read-school';
import { resultsSheet } from '../documents/results-sheet';
import { fairnessSheet } from '../documents/fairness-sheet';
import { sortProblems } from '../workbook/problems';
import { tallyJson } from '../workbook/tally-json';
import { schoolChecks } from '../workbook/service';
import { phaseFairness } from '../core/fairness';
import { demoSheets } from '../../sheets-templates/demo-school';
import { templateSheets } from '../../sheets-templates/template';
import { documentFileName, prepareAllDocuments, writeDocuments } from './export';
import { openXlsx, writeXlsxFile, XlsxFormatError, XlsxWriteError, type XlsxWorkbook } from './xlsx/index';
import { FS_MSG, USAGE, fsReason, text } from './messages';
import { FileAccessError, OutputIsInputError, refuseInputs } from './safe-write';
import { CellTooLongError } from './xlsx/write-sheet';
import { printTally } from './print-tally';
import { isOfficeCommand, runOffice } from './consolidate';

export class UsageError extends Error {}

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * Every option of every command, for `node:util` parseArgs. To add one (e.g. `--document`, `--all`), add a line here
 * and, if it takes a value, nothing else: `Options` follows from this table.
 */
const OPTION_TABLE = {
  phase: { type: 'string' },
  json: { type: 'boolean' },
  write: { type: 'string' },
  summary: { type: 'boolean' },
  proposals: { type: 'string' },
  /** `--document ID`: any export document of the registry */
  document: { type: 'string' },
  /** `--all`: every export document of every phase */
  all: { type: 'boolean' },
  out: { type: 'string' },
  demo: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

type OptionValues = ReturnType<typeof parseArgsConfigured>['values'];
type Options = OptionValues & { positional: string[] };

/** How many positional arguments each command takes (the command word included); more is a usage error. */
const POSITIONALS: Record<string, number> = { validate: 2, tally: 2, export: 2, template: 1 };

function parseArgsConfigured(argv: string[]) {
  return nodeParseArgs({ args: argv, options: OPTION_TABLE, strict: true, allowPositionals: true });
}

/** The quoted option in one of parseArgs' messages ("Unknown option '--colour'"), without its `<value>`. */
function optionIn(message: string): string {
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? message;
  return quoted
    .replace(/\s*<value>$/, '')
    .split(',')[0]
    .trim();
}

export function parseArgs(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgsConfigured(argv);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(text.unknownOption(optionIn(message)));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(text.missingValue(optionIn(message)));
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(FS_MSG.extraArguments(optionIn(message)));
    throw error;
  }
  const options: Options = { ...parsed.values, positional: parsed.positionals };
  const allowed = POSITIONALS[options.positional[0] ?? ''] ?? 0;
  if (options.positional.length > Math.max(allowed, 1))
    throw new UsageError(FS_MSG.extraArguments(options.positional.slice(Math.max(allowed, 1)).join(' ')));
  return options;
}

/** The bundled demo school, next to the built CLI (build/cli.js) or the sources (src/node/cli.ts). */
export function demoFile(): string {
  return resolve(__dirname, '..', existsSync(resolve(__dirname, '..', 'sheets-templates')) ? '' : '..', 'sheets-templates', 'demo.xlsx');
}

function open(file: string | undefined): XlsxWorkbook {
  if (!file) throw new UsageError(text.missingFile);
  if (!existsSync(file)) throw new UsageError(text.fileNotFound(file));
  return openXlsx(file);
}

function problemLine(p: Problem): string {
  const label = p.severity === 'error' ? text.errorLabel : text.warningLabel;
  return p.where ? `${label}  ${formatCell(p.where)}: ${p.message}` : `${label}  ${p.message}`;
}

function errorCount(problems: Problem[]): number {
  return problems.filter((p) => p.severity === 'error').length;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.severity}|${p.where ? formatCell(p.where) : ''}|${p.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * The phase's code as the workbook spells it (matched like a code). An unknown code is a usage error, unless the
 * workbook has data errors (the phase's row or sheet may be at fault): then the tally goes on and reports it.
 */
function findPhase(data: SchoolData, code: string | undefined, readProblems: Problem[]): string {
  if (!code) throw new UsageError(text.missingOption('--phase'));
  const phase = data.phases.find((p) => key(p.id) === key(code));
  if (phase) return phase.id;
  if (errorCount(readProblems) > 0) return code.trim();
  throw new UsageError(text.unknownPhase(code, data.phases.map((p) => p.id).join(', ')));
}

/** Every phase's tally, and every problem of the workbook (reading + each phase), without duplicates. */
function tallyAll(data: SchoolData, readProblems: Problem[]): { tallies: PhaseTally[]; problems: Problem[] } {
  const tallies = data.phases.map((phase) => tallyPhase(data, phase.id));
  return { tallies, problems: sortProblems(dedupe([...readProblems, ...tallies.flatMap((t) => t.problems)])) };
}

function printProblems(io: CliIo, problems: Problem[]): void {
  for (const p of problems) io.out(problemLine(p));
  io.out(text.problemCount(errorCount(problems), problems.length - errorCount(problems)));
}

function validate(io: CliIo, options: Options): number {
  const file = options.positional[1];
  const { data, problems: readProblems } = readSchool(open(file));
  // the same checks as the sidebar's “Kiểm tra” and the exports' warnings
  const problems = schoolChecks(data, readProblems);
  if (problems.length === 0) io.out(text.validOk(file));
  else printProblems(io, problems);
  return errorCount(problems) > 0 ? 1 : 0;
}

function tally(io: CliIo, options: Options): number {
  // SPEC §7: --write saves a copy; the input itself is never replaced
  if (options.write && options.positional[1]) refuseInputs([options.write], [options.positional[1]]);
  const wb = open(options.positional[1]);
  const { data, problems: readProblems } = readSchool(wb);
  const phaseId = findPhase(data, options.phase, readProblems);
  const result = tallyPhase(data, phaseId);
  const problems = sortProblems(dedupe([...readProblems, ...result.problems]));
  const complete: PhaseTally = { ...result, problems };
  const known = data.phases.some((p) => p.id === result.phase);
  const stats = known ? phaseFairness(data, result.phase, result) : undefined;
  if (options.json) io.out(JSON.stringify(tallyJson(complete, stats), null, 2));
  else {
    io.out(printTally(data, complete));
    if (problems.length) printProblems(io, problems);
  }
  if (options.write) {
    wb.write(stats === undefined ? [resultsSheet(data, complete)] : [resultsSheet(data, complete), fairnessSheet(data, complete, stats)]);
    mkdirSync(dirname(resolve(options.write)), { recursive: true });
    wb.saveAs(options.write);
    if (!options.json) io.out(text.wrote(options.write));
  }
  return errorCount(problems) > 0 ? 1 : 0;
}

/** Which documents `thidua export` makes: one (`--document ID [--phase P]` or an alias), or all of them (`--all`). */
function exportSelection(options: Options): { all: true } | { all: false; id: string; phase: string | undefined } {
  // the two first flags stay as aliases: --summary = --document tong-hop-dang-ky, --proposals P = --document de-nghi --phase P
  const chosen = [options.summary, options.proposals !== undefined, options.document !== undefined, options.all].filter(Boolean).length;
  if (chosen !== 1) throw new UsageError(text.exportKind);
  if (options.all) return { all: true };
  if (options.summary) return { all: false, id: 'tong-hop-dang-ky', phase: undefined };
  if (options.proposals !== undefined) return { all: false, id: 'de-nghi', phase: options.proposals };
  return { all: false, id: options.document ?? '', phase: options.phase };
}

function printWarnings(io: CliIo, prepared: PreparedDocument): void {
  const { warnings } = prepared.built;
  if (warnings.length === 0) return;
  io.out(
    prepared.phase === null
      ? text.documentWarnings(prepared.def.label, warnings.length)
      : text.documentWarnings(`${prepared.def.label} ${prepared.phase.id}`, warnings.length),
  );
  for (const w of warnings) io.out(problemLine(w));
}

/** Writes the documents (one LibreOffice start for all their PDFs) and says what was written. */
async function writeAll(io: CliIo, documents: { prepared: PreparedDocument; outPath: string }[], inputs: string[]): Promise<void> {
  for (const { prepared } of documents) printWarnings(io, prepared);
  const written = await writeDocuments(
    documents.map((d) => ({ sheets: d.prepared.built.sheets, outPath: d.outPath })),
    inputs,
  );
  for (const w of written) {
    io.out(text.wrote(w.xlsx));
    if (w.pdf !== null) io.out(text.wrote(w.pdf));
  }
  if (written.some((w) => w.pdf === null)) io.out(text.pdfSkipped);
}

async function exportCommand(io: CliIo, options: Options): Promise<number> {
  const selection = exportSelection(options);
  if (!options.out) throw new UsageError(text.missingOption('--out'));
  const { data, problems: readProblems } = readSchool(open(options.positional[1]));
  if (!selection.all && selection.id === 'tong-hop-dang-ky' && data.registrations.length === 0) {
    // an official report with no row is not a report: nothing is written
    if (errorCount(readProblems) > 0) printProblems(io, sortProblems(dedupe(readProblems)));
    io.err(text.nothingToSummarise);
    return 1;
  }
  const today = new Date();
  if (selection.all) {
    const documents = prepareAllDocuments(data, today);
    const { problems } = tallyAll(data, readProblems);
    if (errorCount(problems) > 0) printProblems(io, problems);
    const outDir = options.out;
    await writeAll(
      io,
      documents.map((prepared) => ({ prepared, outPath: join(outDir, documentFileName(prepared)) })),
      [options.positional[1]],
    );
    return errorCount(problems) > 0 ? 1 : 0;
  }
  let prepared: PreparedDocument;
  try {
    prepared = prepareDocument(data, selection.id, selection.phase, { today });
  } catch (error) {
    if (!(error instanceof DocumentRequestError)) throw error;
    // a phase the workbook cannot show because of a data error is a data error (exit 1), not a usage error
    if (errorCount(readProblems) === 0) throw new UsageError(error.message);
    printProblems(io, sortProblems(dedupe(readProblems)));
    io.err(error.message);
    return 1;
  }
  const tallyProblems = prepared.phase === null ? [] : tallyPhase(data, prepared.phase.id).problems;
  const problems = sortProblems(dedupe([...readProblems, ...tallyProblems]));
  if (errorCount(problems) > 0) printProblems(io, problems);
  await writeAll(io, [{ prepared, outPath: options.out }], [options.positional[1]]);
  return errorCount(problems) > 0 ? 1 : 0;
}

function template(io: CliIo, options: Options): number {
  if (!options.out) throw new UsageError(text.missingOption('--out'));
  mkdirSync(dirname(resolve(options.out)), { recursive: true });
  writeXlsxFile(options.out, options.demo ? demoSheets() : templateSheets());
  io.out(text.wrote(options.out));
  return 0;
}

/** `npm start`: the whole job on the bundled demo school, results and exports into out/. */
async function demo(io: CliIo, outDir: string): Promise<number> {
  const file = demoFile();
  io.out(text.demoStart(file));
  const wb = open(file);
  const { data, problems: readProblems } = readSchool(wb);
  const { tallies, problems } = tallyAll(data, readProblems);
  if (problems.length === 0) io.out(text.validOk(file));
  else printProblems(io, problems);
  io.out('');
  for (const t of tallies) io.out(printTally(data, t));

  mkdirSync(outDir, { recursive: true });
  wb.write(tallies.flatMap((t) => [resultsSheet(data, t), fairnessSheet(data, t, phaseFairness(data, t.phase, t))]));
  const results = join(outDir, 'ket-qua-truong-mau.xlsx');
  refuseInputs([results], [file]);
  wb.saveAs(results);
  io.out(text.wrote(results));

  // every export document of every phase, through the registry: what `thidua export --all` writes
  const documents = prepareAllDocuments(data, new Date());
  await writeAll(
    io,
    documents.map((prepared) => ({ prepared, outPath: join(outDir, documentFileName(prepared)) })),
    [file],
  );
  io.out(text.demoDone(outDir));
  return errorCount(problems) > 0 ? 1 : 0;
}

/**
 * Control characters and bidirectional marks from the workbook (a name with U+202E, an ESC sequence) are shown as
 * \u{…} escapes: the terminal never executes them, nor reorders the line the council reads.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_FOR_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

export function terminalSafe(line: string): string {
  return line.replace(UNSAFE_FOR_TERMINAL, (c) => `\\u{${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}}`);
}

export async function runCli(argv: string[], rawIo: CliIo, outDir = 'out'): Promise<number> {
  const io: CliIo = { out: (line) => rawIo.out(terminalSafe(line)), err: (line) => rawIo.err(terminalSafe(line)) };
  let debug = argv.includes('--debug');
  try {
    if (isOfficeCommand(argv)) return runOffice(argv, io);
    const options = parseArgs(argv);
    debug = options.debug === true;
    const command = options.positional[0];
    if (options.help) {
      io.out(USAGE);
      return 0;
    }
    switch (command) {
      case undefined:
        return await demo(io, outDir);
      case 'validate':
        return validate(io, options);
      case 'tally':
        return tally(io, options);
      case 'export':
        return await exportCommand(io, options);
      case 'template':
        return template(io, options);
      default:
        throw new UsageError(text.unknownCommand(command));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      io.err(text.seeUsage);
      return 2;
    }
    if (error instanceof OutputIsInputError) {
      io.err(error.message);
      return 2;
    }
    if (
      error instanceof XlsxFormatError ||
      error instanceof XlsxWriteError ||
      error instanceof FileAccessError ||
      error instanceof CellTooLongError
    ) {
      io.err(error.message);
      if (debug && error.stack) io.err(error.stack);
      return 1;
    }
    const fsError = error as Partial<NodeJS.ErrnoException>;
    if (!debug && typeof fsError.code === 'string' && typeof fsError.path === 'string') {
      io.err(text.fileError(fsError.path, fsReason(fsError.code)));
      return 1;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    io.err(debug && err.stack ? err.stack : text.internalError(err.message));
    return 1;
  }
}

if (require.main === module) {
  const io: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line) };
  void runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
