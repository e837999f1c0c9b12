// The `thidua` command as a user runs it: exit codes, --json per SPEC §7, --write leaves input sheets alone.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, demoFile } from '../../src/node/cli';
import { openXlsx } from '../../src/node/xlsx/index';
import { validateData } from '../../src/workbook/service';

interface Captured {
  code: number;
  out: string;
  err: string;
}

async function run(...argv: string[]): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, join(tmp, 'out'));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tmp = mkdtempSync(join(tmpdir(), 'thidua-cli-'));
const demo = demoFile();

describe('usage errors exit 2 without a stack trace', () => {
  test.each([
    [['frobnicate']],
    [['tally', demo]],
    [['tally', demo, '--phase']],
    [['tally', demo, '--phase', 'KHONGCO']],
    [['export', demo, '--out', join(tmp, 'x.xlsx')]],
    [['export', demo, '--summary', '--proposals', 'D1', '--out', join(tmp, 'x.xlsx')]],
    [['validate']],
    [['validate', join(tmp, 'no-such-file.xlsx')]],
    [['tally', demo, '--phase', 'D1', '--colour']],
  ])('%j', async (argv) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(result.err.length).toBeGreaterThan(0);
  });
});

test('a file that is not .xlsx is a data error (exit 1) with a Vietnamese message', async () => {
  const bogus = join(tmp, 'not-excel.xlsx');
  writeFileSync(bogus, 'hello, this is text');
  const result = await run('validate', bogus);
  expect(result.code).toBe(1);
  expect(result.err).toMatch(/xlsx/);
  expect(result.err).not.toMatch(/\n\s+at /);
});

test('validate: the demo school has no errors', async () => {
  const result = await run('validate', demo);
  expect(result.out).not.toMatch(/^Lỗi/m);
  expect(result.code).toBe(0);
});

test('validate lists exactly what the sidebar’s “Kiểm tra” lists (the registration warnings the exports give too)', async () => {
  const result = await run('validate', demo);
  const sidebar = validateData(openXlsx(demo));
  expect(sidebar.warnings).toBeGreaterThan(0); // the demo registers a few people who miss a condition, on purpose
  const printed = result.out.split('\n').filter((l) => /^(Lỗi|Cảnh báo)/.test(l));
  expect(printed).toHaveLength(sidebar.problems.length);
  sidebar.problems.forEach((p, i) => expect(printed[i]).toContain(`${p.cell}: ${p.message}`));
});

test('tally --json prints exactly the SPEC §7 object', async () => {
  const result = await run('tally', demo, '--phase', 'D1', '--json');
  expect(result.code).toBe(0);
  const json = JSON.parse(result.out) as Record<string, unknown>;
  expect(Object.keys(json).sort()).toEqual([
    'agreement',
    'awards',
    'errors',
    'members',
    'participants',
    'phase',
    'sensitivity',
    'warnings',
  ]);
  expect(json.phase).toBe('D1');
  const participants = json.participants as Record<string, unknown>[];
  expect(Object.keys(participants[0]).sort()).toEqual(
    ['awards', 'band', 'criteria', 'id', 'kind', 'name', 'rank', 'raw', 'reasons', 'score', 'status', 'unit'].sort(),
  );
  const awards = json.awards as { code: string; quota: number | null; recipients: string[]; open: number }[];
  const gk = awards.find((a) => a.code === 'GKDX');
  expect(gk?.quota).toBe(6);
  expect(gk?.recipients.length).toBe(6);
});

test('tally --write adds `Kết quả D1` and leaves every input sheet as it was', async () => {
  const out = join(tmp, 'ket-qua.xlsx');
  const result = await run('tally', demo, '--phase', 'd1', '--write', out);
  expect(result.code).toBe(0);
  const before = openXlsx(demo);
  const after = openXlsx(out);
  expect(after.sheetNames()).toEqual([...before.sheetNames(), 'Kết quả D1', 'Thống kê chấm D1']);
  for (const name of before.sheetNames()) expect(after.read(name)?.values).toEqual(before.read(name)?.values);
  const results = after.read('Kết quả D1')?.values ?? [];
  expect(results.flat()).toContain('GKDX');
});

test('the terminal table lists the award outcomes under the ranking', async () => {
  const result = await run('tally', demo, '--phase', 'D1');
  const ranking = result.out.indexOf('Xếp hạng cá nhân');
  const awards = result.out.indexOf('Khen thưởng\n');
  expect(ranking).toBeGreaterThanOrEqual(0);
  expect(awards).toBeGreaterThan(ranking);
});

test('template writes a blank workbook that validates with no data errors', async () => {
  const out = join(tmp, 'mau.xlsx');
  expect((await run('template', '--out', out)).code).toBe(0);
  expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  const result = await run('validate', out);
  expect(result.code).toBe(0);
});
