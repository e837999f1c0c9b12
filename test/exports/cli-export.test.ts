// `thidua export` over the document registry: --document ID [--phase], the two old flags as aliases, and --all
// (every document of every phase, one LibreOffice start for all the PDFs: checked with a stand-in `soffice`).
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportDocuments } from '../../src/documents/registry';
import { demoFile, runCli } from '../../src/node/cli';
import { openXlsx } from '../../src/node/xlsx/index';
import { readSchool } from '../../src/workbook/read-school';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-cli-export-'));
const demo = demoFile();

async function run(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, join(tmp, 'demo-out'));
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** No LibreOffice: only the .xlsx files (fast). */
const NO_SOFFICE = { THIDUA_SOFFICE: join(tmp, 'no-such-soffice') };

/** A stand-in `soffice` that logs each start and writes an empty PDF for each input into --outdir. */
function fakeSoffice(): { path: string; starts: () => string[] } {
  const log = join(tmp, `soffice-${Date.now()}.log`);
  const path = join(tmp, `soffice-${Date.now()}.sh`);
  writeFileSync(
    path,
    `#!/bin/sh\necho "$@" >> '${log}'\nout=''\nwhile [ $# -gt 0 ]; do\n  case "$1" in\n    --outdir) out="$2"; shift 2 ;;\n    *.xlsx) b=$(basename "$1" .xlsx); : > "$out/$b.pdf"; shift ;;\n    *) shift ;;\n  esac\ndone\n`,
  );
  chmodSync(path, 0o755);
  return { path, starts: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []) };
}

const rowsOf = (file: string) => {
  const wb = openXlsx(file);
  return wb.sheetNames().map((name) => wb.read(name));
};

describe('thidua export --document', () => {
  test('writes the document asked for; the old flags give the same files', async () => {
    const byId = join(tmp, 'by-id.xlsx');
    const alias = join(tmp, 'alias.xlsx');
    expect((await run(['export', demo, '--document', 'de-nghi', '--phase', 'd1', '--out', byId], NO_SOFFICE)).code).toBe(0);
    expect((await run(['export', demo, '--proposals', 'D1', '--out', alias], NO_SOFFICE)).code).toBe(0);
    expect(rowsOf(byId)).toEqual(rowsOf(alias));
    expect(openXlsx(byId).sheetNames()).toEqual(['Đề nghị D1']);

    const summary = join(tmp, 'summary.xlsx');
    const summaryAlias = join(tmp, 'summary-alias.xlsx');
    await run(['export', demo, '--document', 'tong-hop-dang-ky', '--out', summary], NO_SOFFICE);
    await run(['export', demo, '--summary', '--out', summaryAlias], NO_SOFFICE);
    expect(rowsOf(summary)).toEqual(rowsOf(summaryAlias));
  });

  test('an unknown document or a missing phase is a usage error that says what to type', async () => {
    const unknown = await run(['export', demo, '--document', 'khong-co', '--out', join(tmp, 'x.xlsx')], NO_SOFFICE);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(
      `Không có văn bản “khong-co”. Các văn bản xuất được: ${exportDocuments()
        .map((d) => d.id)
        .join(', ')}.`,
    );
    const noPhase = await run(['export', demo, '--document', 'de-nghi', '--out', join(tmp, 'x.xlsx')], NO_SOFFICE);
    expect(noPhase.code).toBe(2);
    expect(noPhase.err).toContain('hãy chọn một đợt thi đua');
    const two = await run(['export', demo, '--document', 'de-nghi', '--all', '--out', tmp], NO_SOFFICE);
    expect(two.code).toBe(2);
  });

  test('the usage lists every export document of the registry', async () => {
    const help = await run(['--help']);
    for (const d of exportDocuments()) expect(help.out).toContain(d.id);
  });
});

describe('thidua export --all', () => {
  test('every document of every phase as {id}-{phase}.xlsx (or {id}.xlsx) and .pdf, with one LibreOffice start', async () => {
    const soffice = fakeSoffice();
    const dir = join(tmp, 'all');
    const result = await run(['export', demo, '--all', '--out', dir], { THIDUA_SOFFICE: soffice.path });
    expect(result.code).toBe(0);
    const { data } = readSchool(openXlsx(demo));
    const expected = exportDocuments().flatMap((d) => (d.needsPhase ? data.phases.map((p) => `${d.id}-${p.id}`) : [d.id]));
    expect(expected.length).toBeGreaterThan(exportDocuments().length);
    expect(readdirSync(dir).sort()).toEqual(expected.flatMap((name) => [`${name}.pdf`, `${name}.xlsx`]).sort());
    expect(soffice.starts()).toHaveLength(1);
  });

  test('npm start (the demo) writes the same documents through the same loop', async () => {
    const result = await run([], NO_SOFFICE);
    expect(result.code).toBe(0);
    const written = readdirSync(join(tmp, 'demo-out'));
    for (const d of exportDocuments()) expect(written.some((f) => f.startsWith(`${d.id}`) && f.endsWith('.xlsx'))).toBe(true);
    expect(written).toContain('tong-hop-dang-ky.xlsx');
    expect(written).toContain('de-nghi-D1.xlsx');
  });
});
