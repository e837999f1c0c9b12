// The CLI on workbooks with data errors: exit 1 with the errors shown, never a misleading usage error.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/node/cli';
import { writeXlsxFile } from '../../src/node/xlsx/index';
import type { CellValue } from '../../src/workbook/port';
import { schoolSheets } from '../workbook/fixture';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-data-errors-'));

function xlsx(name: string, change: (s: Record<string, unknown[][]>) => void): string {
  const sheets = schoolSheets();
  change(sheets);
  const path = join(tmp, name);
  writeXlsxFile(
    path,
    Object.entries(sheets).map(([sheet, rows]) => ({ name: sheet, rows: rows as CellValue[][] })),
  );
  return path;
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, join(tmp, 'out'));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('a phase that cannot be read because of a data error is a data error (exit 1), not a usage error', () => {
  const noPhaseSheet = () => xlsx('no-phases.xlsx', (s) => delete s['Đợt thi đua']);
  const phaseRowBroken = () =>
    xlsx('phase-row-broken.xlsx', (s) => {
      s['Đợt thi đua'][1][1] = ''; // D1 has no Tên đợt: the row is rejected
    });

  test('tally --json: the JSON is printed with the missing sheet among its errors', async () => {
    const result = await run('tally', noPhaseSheet(), '--phase', 'D1', '--json');
    expect(result.code).toBe(1);
    const json = JSON.parse(result.out) as { phase: string; errors: { cell: string; message: string }[] };
    expect(json.phase).toBe('D1');
    expect(json.errors).toContainEqual({
      cell: 'Đợt thi đua',
      message: 'thiếu trang tính “Đợt thi đua”: hãy thêm trang tính này (có thể chép từ tệp mẫu)',
    });
  });

  test('tally: the table view lists the error that stopped the phase', async () => {
    const result = await run('tally', phaseRowBroken(), '--phase', 'd1');
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/Lỗi {2}Đợt thi đua!B2: thiếu Tên đợt/);
  });

  test('export --proposals likewise', async () => {
    const result = await run('export', noPhaseSheet(), '--proposals', 'D1', '--out', join(tmp, 'de-nghi.xlsx'));
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/Lỗi {2}Đợt thi đua: thiếu trang tính “Đợt thi đua”/);
  });

  test('a clean workbook and an unknown phase code is still a usage error', async () => {
    const result = await run(
      'tally',
      xlsx('clean.xlsx', () => undefined),
      '--phase',
      'D9',
    );
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Không có đợt thi đua “D9”\. Hãy dùng một trong các mã đợt: D1, CN\./);
  });
});

test('export: the data errors behind exit 1 are shown', async () => {
  const file = xlsx('bad-date.xlsx', (s) => {
    s['Cán bộ'][1][5] = '31/02/2000';
  });
  const result = await run('export', file, '--summary', '--out', join(tmp, 'tong-hop.xlsx'));
  expect(result.code).toBe(1);
  expect(result.out).toMatch(/Lỗi {2}Cán bộ!F2: “31\/02\/2000” không phải là ngày/);
});

test('--phase is matched like a code: NFC, spaces and case', async () => {
  const file = xlsx('nfd-phase.xlsx', (s) => {
    s['Đợt thi đua'][1][0] = 'HÈ';
    s['Chấm HÈ TV02'] = s['Chấm D1 TV02'];
    delete s['Chấm D1 TV02'];
    delete s['Chấm TT D1 TV01'];
    delete s['Phiếu D1'];
    s['Khen thưởng'] = [s['Khen thưởng'][0]];
    s['Tiêu chí'][2][6] = 'HÈ';
  });
  const result = await run('tally', file, '--phase', ' hè '.normalize('NFD'), '--json');
  expect(result.err).toBe('');
  expect((JSON.parse(result.out) as { phase: string }).phase).toBe('HÈ');
});

test('an unknown phase in a workbook without any phase says so plainly', async () => {
  const file = xlsx('no-phase-rows.xlsx', (s) => {
    s['Đợt thi đua'] = [s['Đợt thi đua'][0]];
    s['Tiêu chí'][2][6] = '';
    s['Khen thưởng'] = [s['Khen thưởng'][0]];
    delete s['Chấm D1 TV02'];
    delete s['Chấm TT D1 TV01'];
    delete s['Phiếu D1'];
  });
  const result = await run('tally', file, '--phase', 'D1');
  expect(result.code).toBe(2);
  expect(result.err).toMatch(/^Không có đợt thi đua “D1”: trang tính “Đợt thi đua” chưa có đợt nào\. Hãy thêm đợt vào trang tính đó\.$/m);
});

test('an output path that cannot be written is a Vietnamese message naming the file, exit 1, no stack', async () => {
  const blocker = join(mkdtempSync(join(tmpdir(), 'thidua-block-')), 'a-file');
  writeFileSync(blocker, 'x');
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['template', '--out', join(blocker, 'sub', 'mau.xlsx')], { out: (l) => out.push(l), err: (l) => err.push(l) });
  expect(code).toBe(1);
  expect(err.join('\n')).toMatch(/^Không đọc\/ghi được “.*a-file/);
  expect(err.join('\n')).not.toMatch(/\n\s+at /);
});
