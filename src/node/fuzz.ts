// `npm run fuzz -- --count N [--seed S]` (issue 12): N workbooks made from the demo school and the blank template by
// random hostile mutations, each run through validate + tally + both exports in-process. Counts crashes (an
// exception other than the file errors users are meant to see) and silent changes (a decision that changed with no
// new error or warning), with time and peak memory. Prints `fuzz: N tried, 0 crashes, 0 silent` or the failing seeds.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { joinKey, key } from '../core/codes';
import type { Problem, SchoolData } from '../core/model';
import type { PhaseTally } from '../core/result';
import { tallyPhase } from '../core/tally';
import { prepareDocument } from '../documents/registry';
import { resultsSheet } from '../documents/results-sheet';
import { readSchool } from '../workbook/read-school';
import { parseCardSheetName } from '../workbook/schema';
import { existsSync } from 'node:fs';
import { PackageEditor } from './fuzz/package-edit';
import { newXlsx, readXlsx, XlsxFormatError, XlsxWriteError } from './xlsx/index';
import { CellTooLongError } from './xlsx/write-sheet';
// the same seed makes the same workbook
import { seededRandom as random } from '../core/synthetic';

/** The bundled demo school (build/fuzz.js or src/node/fuzz.ts); not imported from cli.ts, which runs when bundled. */
function demoPath(): string {
  return resolve(__dirname, '..', existsSync(resolve(__dirname, '..', 'sheets-templates')) ? '' : '..', 'sheets-templates', 'demo.xlsx');
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

/** Hostile cell contents (the inside of `<c r="…" …>…</c>`, with its attributes). */
const HOSTILE_CELLS: readonly string[] = [
  '><v>1e308</v>',
  '><v>-1e308</v>',
  '><v>-5</v>',
  '><v>99999999</v>',
  '><v>0x9</v>',
  '><v>NaN</v>',
  '><v>Infinity</v>',
  ' t="e"><v>#REF!</v>',
  ' t="e"><v>#DIV/0!</v>',
  '><f>SUM(A1:B1)</f>',
  '><f>SUM(A1:B1)</f><v></v>',
  ' t="inlineStr"><is><t>1 0</t></is>',
  ' t="inlineStr"><is><t>TV01\u200b</t></is>',
  ' t="inlineStr"><is><t>D1\u202e</t></is>',
  ' t="inlineStr"><is><t>\u001b[31m</t></is>',
  ' t="inlineStr"><is><t>Ca\u0301n bo\u0323\u0302</t></is>',
  ' t="b"><v>1</v>',
  ' t="s"><v>99999</v>',
  ' t="d"><v>not-a-date</v>',
];

/** What the fuzzer knows of a base workbook to tell a valid edit from a hostile one. */
interface BaseFacts {
  sheets: string[];
  /** each sheet's header row (as read) */
  headers: Map<string, unknown[]>;
  /** each criterion's range, by code key */
  ranges: Map<string, { min: number; max: number }>;
}

/** 1-based column of an A1 reference (`M45` → 13). */
function columnOf(ref: string): number {
  let col = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? '') col = col * 26 + ch.charCodeAt(0) - 64;
  return col;
}

/**
 * A number written into a score card's mark cell, within its criterion's range: a mark the member could have typed
 * (−5 in a deduction criterion from −10 to 0), so the decisions it changes are no silent change.
 */
function isValidMark(facts: BaseFacts, sheet: string, ref: string, content: string): boolean {
  const number = /^><v>([^<]*)<\/v>$/.exec(content);
  if (number === null || parseCardSheetName(sheet) === null || /^[A-Z]+1$/.test(ref)) return false;
  const value = Number(number[1]);
  const header = facts.headers.get(sheet)?.[columnOf(ref) - 1];
  const range = typeof header === 'string' ? facts.ranges.get(key(header)) : undefined;
  return range !== undefined && Number.isFinite(value) && value >= range.min && value <= range.max;
}

/** One random hostile mutation; returns its label. */
function mutate(editor: PackageEditor, facts: BaseFacts, rng: Rng): string {
  const sheets = facts.sheets;
  const sheet = pick(rng, sheets);
  let part: string;
  try {
    part = editor.sheetPart(sheet);
  } catch (error) {
    // an earlier mutation deleted or renamed it: nothing to do on this one
    return `skip ${sheet} (${error instanceof Error ? error.message : String(error)})`;
  }
  const kind = Math.floor(rng() * 10);
  if (kind <= 4) {
    const xml = editor.text(part);
    const cells = [...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(\/>|>[\s\S]*?<\/c>)/g)];
    if (cells.length === 0) return 'none';
    const cell = pick(rng, cells);
    const content = pick(rng, HOSTILE_CELLS);
    const at = cell.index ?? 0;
    editor.setText(part, xml.slice(0, at) + `<c r="${cell[1]}"${content}</c>` + xml.slice(at + cell[0].length));
    const label = `cell ${sheet}!${cell[1]} ← ${JSON.stringify(content)}`;
    return isValidMark(facts, sheet, cell[1], content) ? `${label} ${VALID_MARK}` : label;
  }
  if (kind === 5) {
    editor.corrupt(part, Math.floor(rng() * 1000));
    return `corrupt ${sheet}`;
  }
  if (kind === 6) {
    editor.truncate(part, 0.2 + rng() * 0.7);
    return `truncate ${sheet}`;
  }
  if (kind === 7) {
    const workbook = editor.text('xl/workbook.xml');
    const escaped = sheet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`<sheet name="${escaped}"[^>]*/>`);
    const action = pick(rng, ['delete', 'rename', 'duplicate-name'] as const);
    if (action === 'delete') editor.setText('xl/workbook.xml', workbook.replace(re, ''));
    else if (action === 'rename') editor.setText('xl/workbook.xml', workbook.replace(`name="${sheet}"`, `name="${sheet} cũ"`));
    else editor.setText('xl/workbook.xml', workbook.replace(`name="${sheet}"`, `name="${pick(rng, sheets)}"`));
    return `${action} sheet ${sheet}`;
  }
  if (kind === 8) {
    const xml = editor.text(part);
    editor.setText(
      part,
      xml.replace(/<row r="(\d+)"/, () => `<row r="${pick(rng, ['2000000000', '1048577', '0', '-1'])}"`),
    );
    return `oversized row in ${sheet}`;
  }
  editor.lieAboutSize(part, pick(rng, [1, 100, 1e9]));
  return `lying size ${sheet}`;
}

const VALID_MARK = '(a valid mark)';

/**
 * What the council decides: per phase, each participant's status, score, rank, awards and pending. An award is named
 * by its `Khen thưởng` row, not its code: a code renamed consistently (B11 ← 99999999) decides the same.
 */
function decisions(data: SchoolData, tallies: PhaseTally[]): Map<string, string> {
  const rows = new Map(data.awards.map((a) => [joinKey(key(a.phaseId), key(a.code)), `row ${a.row}`]));
  const out = new Map<string, string>();
  for (const t of tallies) {
    const award = (code: string): string => rows.get(joinKey(key(t.phase), key(code))) ?? code;
    const awards = (codes: readonly string[]): string => codes.map(award).join(',');
    for (const p of t.participants)
      out.set(`${t.phase}|${p.kind}|${p.id}`, `${p.status}|${p.score}|${p.rank}|${awards(p.awards)}|${awards(p.pending)}`);
    for (const a of t.awards) out.set(`${t.phase}|award|${award(a.code)}`, `${a.recipients.join(',')}|${a.pending.join(',')}|${a.open}`);
  }
  return out;
}

const problemId = (p: Problem): string => `${p.severity}|${p.where?.sheet ?? ''}|${p.where?.row ?? ''}|${p.where?.col ?? ''}|${p.message}`;

interface RunResult {
  decisions: Map<string, string>;
  problems: Set<string>;
  /** the file was refused as a whole (a clear error to the user) */
  refused: boolean;
}

const EXPECTED_ERRORS = [XlsxFormatError, XlsxWriteError, CellTooLongError];

/** validate + tally every phase + results sheet + both exports, in memory, as the CLI does. */
function runAll(bytes: Uint8Array): RunResult {
  try {
    const wb = readXlsx(bytes, 'fuzz.xlsx');
    const { data, problems: readProblems } = readSchool(wb);
    const tallies = data.phases.map((phase) => tallyPhase(data, phase.id));
    const today = new Date(Date.UTC(2026, 4, 20));
    const outputs = tallies.map((t) => resultsSheet(data, t));
    wb.write(outputs);
    wb.toBuffer();
    // through the registry, as the CLI exports them: each document's warnings include the council's
    const tally = (phaseId: string): PhaseTally => tallies[data.phases.findIndex((p) => p.id === phaseId)];
    const documents = [
      prepareDocument(data, 'tong-hop-dang-ky', null, { today, tally }).built,
      ...data.phases.filter((p) => p.id.trim() !== '').map((p) => prepareDocument(data, 'de-nghi', p.id, { today, tally }).built),
    ];
    const exportBook = newXlsx();
    exportBook.write(documents.map((d, i) => ({ ...d.sheets[0], name: `Xuất ${i + 1}` })));
    exportBook.toBuffer();
    const problems = new Set(
      [...readProblems, ...tallies.flatMap((t) => t.problems), ...documents.flatMap((d) => d.warnings)].map(problemId),
    );
    return { decisions: decisions(data, tallies), problems, refused: false };
  } catch (error) {
    if (EXPECTED_ERRORS.some((E) => error instanceof E)) return { decisions: new Map(), problems: new Set(), refused: true };
    throw error;
  }
}

export interface FuzzReport {
  tried: number;
  crashes: { seed: number; mutations: string[]; error: string }[];
  silent: { seed: number; mutations: string[]; changed: string }[];
  /** decisions changed because a score card was deleted or renamed, with no warning (see the report) */
  cardRemoved: { seed: number; mutations: string[]; changed: string }[];
  /** decisions changed by a valid mark (a number within its criterion's range): legitimate */
  validMarks: { seed: number; mutations: string[]; changed: string }[];
  ms: number;
  peakRssMb: number;
}

export function fuzz(count: number, firstSeed: number): FuzzReport {
  const bases = [demoPath(), join(demoPath(), '..', 'template.xlsx')].map((file) => {
    const bytes = readFileSync(file);
    const baseline = runAll(bytes);
    const wb = readXlsx(bytes);
    const sheets = wb.sheetNames();
    const headers = new Map(sheets.map((name): [string, unknown[]] => [name, wb.read(name)?.values[0] ?? []]));
    const ranges = new Map(readSchool(wb).data.criteria.map((c) => [key(c.id), { min: c.min, max: c.max }]));
    return { bytes, baseline, facts: { sheets, headers, ranges } };
  });
  const report: FuzzReport = {
    tried: 0,
    crashes: [],
    silent: [],
    cardRemoved: [],
    validMarks: [],
    ms: 0,
    peakRssMb: 0,
  };
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const seed = firstSeed + i;
    const rng = random(seed);
    const base = bases[seed % 5 === 4 ? 1 : 0];
    const editor = new PackageEditor(base.bytes);
    const mutations: string[] = [];
    const n = 1 + Math.floor(rng() * 3);
    for (let k = 0; k < n; k++) {
      try {
        mutations.push(mutate(editor, base.facts, rng));
      } catch (error) {
        // the fuzzer's own editor cannot read a part an earlier mutation damaged: that mutation is skipped
        mutations.push(`skip (${error instanceof Error ? error.message : String(error)})`);
      }
    }
    try {
      const result = runAll(editor.bytes());
      report.tried++;
      if (!result.refused) {
        const newProblems = [...result.problems].filter((p) => !base.baseline.problems.has(p));
        const changed = [...new Set([...base.baseline.decisions.keys(), ...result.decisions.keys()])].find(
          (k) => base.baseline.decisions.get(k) !== result.decisions.get(k),
        );
        // a score card deleted or renamed is a member who has not scored, a valid mark is a valid edit: legitimate
        // inputs, counted apart, but only when every mutation of the case is one (a hostile one beside them counts)
        const applied = mutations.filter((m) => !m.startsWith('skip '));
        const isCardRemoval = (m: string): boolean => /^(delete|rename) sheet Chấm /.test(m);
        const legitimate = applied.every((m) => isCardRemoval(m) || m.endsWith(VALID_MARK));
        const cardRemoved = legitimate && applied.some(isCardRemoval);
        const validMark = legitimate && !cardRemoved;
        if (changed !== undefined && newProblems.length === 0)
          (cardRemoved ? report.cardRemoved : validMark ? report.validMarks : report.silent).push({ seed, mutations, changed });
      }
    } catch (error) {
      report.tried++;
      report.crashes.push({
        seed,
        mutations,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
    if (i % 50 === 0) report.peakRssMb = Math.max(report.peakRssMb, process.memoryUsage().rss / 1024 / 1024);
  }
  report.ms = performance.now() - start;
  report.peakRssMb = Math.round(Math.max(report.peakRssMb, process.memoryUsage().rss / 1024 / 1024));
  return report;
}

function main(): void {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { count: { type: 'string' }, seed: { type: 'string' } },
    strict: true,
  });
  const count = Number(values.count ?? 300);
  const seed = Number(values.seed ?? 1);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error('Cách dùng: npm run fuzz -- --count N [--seed S]');
    process.exitCode = 2;
    return;
  }
  const r = fuzz(count, seed);
  console.log(
    `fuzz: ${r.tried} tried, ${r.crashes.length} crashes, ${r.silent.length} silent; ${r.cardRemoved.length} with a score card removed, ${r.validMarks.length} changed by a valid mark (${(r.ms / 1000).toFixed(1)} s, ${(r.ms / r.tried).toFixed(0)} ms each, peak RSS ${r.peakRssMb} MB)`,
  );
  for (const c of r.crashes.slice(0, 20))
    console.log(`crash seed ${c.seed}: ${c.mutations.join('; ')}\n  ${c.error.split('\n').slice(0, 4).join('\n  ')}`);
  for (const s of r.silent.slice(0, 20)) console.log(`silent seed ${s.seed}: ${s.mutations.join('; ')} → ${s.changed}`);
  process.exitCode = r.crashes.length + r.silent.length > 0 ? 1 : 0;
}

if (require.main === module) main();
