// Issue 12 (1, 4, 9, 10): the CLI never replaces an input, never leaves a half-written file, and says in Vietnamese
// what went wrong with a file and what to do.
import { createHash } from 'node:crypto';
import fs, {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoFile, runCli } from '../../src/node/cli';
import { writeFileAtomic } from '../../src/node/safe-write';

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

const tmp = mkdtempSync(join(tmpdir(), 'thidua-safety-'));
const digest = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
const noStack = (r: Captured): void => {
  expect(`${r.out}\n${r.err}`).not.toMatch(/\n\s+at |Lỗi ngoài dự kiến/);
};

let previousSoffice: string | undefined;
beforeAll(() => {
  // no LibreOffice in these tests: the .xlsx side is what they check
  previousSoffice = process.env.THIDUA_SOFFICE;
  process.env.THIDUA_SOFFICE = join(tmp, 'no-soffice');
});
afterAll(() => {
  if (previousSoffice === undefined) delete process.env.THIDUA_SOFFICE;
  else process.env.THIDUA_SOFFICE = previousSoffice;
});

function councilCopy(name: string): string {
  const dir = mkdtempSync(join(tmp, 'case-'));
  const file = join(dir, name);
  copyFileSync(demoFile(), file);
  return file;
}

describe('an output that resolves to an input is refused (exit 2), the input unchanged', () => {
  test.each([
    ['export --summary --out INPUT', (f: string) => ['export', f, '--summary', '--out', f]],
    [
      'export --proposals --out INPUT-without-extension',
      (f: string) => ['export', f, '--proposals', 'D1', '--out', f.replace(/\.xlsx$/, '')],
    ],
    ['tally --write INPUT', (f: string) => ['tally', f, '--phase', 'D1', '--write', f]],
    [
      'tally --write ./INPUT (another spelling)',
      (f: string) => ['tally', f, '--phase', 'D1', '--write', join(f, '..', '.', 'truong.xlsx')],
    ],
  ])('%s', async (_label, argv) => {
    const file = councilCopy('truong.xlsx');
    const before = digest(file);
    const result = await run(...argv(file));
    expect(result.code).toBe(2);
    expect(result.err).toContain('tệp đầu vào');
    noStack(result);
    expect(digest(file)).toBe(before);
  });

  test('through a symlink and a hard link', async () => {
    const file = councilCopy('truong.xlsx');
    const before = digest(file);
    const soft = join(tmp, `soft-${Date.now()}.xlsx`);
    symlinkSync(file, soft);
    const hard = join(tmp, `hard-${Date.now()}.xlsx`);
    linkSync(file, hard);
    for (const target of [soft, hard]) {
      const result = await run('tally', file, '--phase', 'D1', '--write', target);
      expect(result.code).toBe(2);
      noStack(result);
    }
    const viaLink = await run('export', soft, '--summary', '--out', file);
    expect(viaLink.code).toBe(2);
    expect(digest(file)).toBe(before);
  });

  test('a different file in the same folder is written (a copy, as SPEC §7 says)', async () => {
    const file = councilCopy('truong.xlsx');
    const copy = join(file, '..', 'ket-qua.xlsx');
    const result = await run('tally', file, '--phase', 'D1', '--write', copy);
    expect(result.code).toBe(0);
    expect(existsSync(copy)).toBe(true);
    expect(readdirSync(join(file, '..')).sort()).toEqual(['ket-qua.xlsx', 'truong.xlsx']);
  });
});

test('--out x.pdf writes x.xlsx (and x.pdf when LibreOffice is there), never x.pdf.xlsx', async () => {
  const dir = mkdtempSync(join(tmp, 'pdf-'));
  const result = await run('export', demoFile(), '--summary', '--out', join(dir, 'tong-hop.pdf'));
  expect(result.code).toBe(0);
  expect(readdirSync(dir)).toEqual(['tong-hop.xlsx']);
});

test('the summary of a workbook with no registration is an error (exit 1), and nothing is written', async () => {
  const dir = mkdtempSync(join(tmp, 'empty-'));
  const template = join(demoFile(), '..', 'template.xlsx');
  const result = await run('export', template, '--summary', '--out', join(dir, 'tong-hop.xlsx'));
  expect(result.code).toBe(1);
  expect(result.err).toContain('Không có đăng ký thi đua nào để tổng hợp');
  expect(readdirSync(dir)).toEqual([]);
});

describe('usage: extra arguments are refused (exit 2)', () => {
  test.each([[['validate', 'a.xlsx', 'b.xlsx']], [['tally', 'a.xlsx', 'extra', '--phase', 'D1']], [['template', 'x', '--out', 'y.xlsx']]])(
    '%j',
    async (argv) => {
      const result = await run(...argv);
      expect(result.code).toBe(2);
      expect(result.err).toContain('Thừa tham số');
      noStack(result);
    },
  );

  test('--phase=D1 and -h are understood', async () => {
    expect((await run('tally', demoFile(), '--phase=D1', '--json')).code).toBe(0);
    expect((await run('-h')).code).toBe(0);
  });
});

describe('non-files and file-system errors end with a Vietnamese message, exit 1', () => {
  test.each([['/dev/zero'], ['/dev/null'], [tmpdir()]])('validate %s', async (path) => {
    const result = await run('validate', path);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/Không đọc được|không phải là tệp Excel/);
    noStack(result);
  });

  test('a FIFO is not read (it would block forever)', async () => {
    const fifo = join(tmp, 'ong.xlsx');
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [fifo]);
    const result = await run('validate', fifo);
    expect(result.code).toBe(1);
    expect(result.err).toContain('không phải là một tệp thông thường');
  });

  test('--write to a folder (EISDIR) and under a file (ENOTDIR)', async () => {
    const dir = mkdtempSync(join(tmp, 'dir-'));
    const folder = await run('tally', demoFile(), '--phase', 'D1', '--write', dir);
    expect(folder.code).toBe(1);
    expect(folder.err).toContain('đây là một thư mục');
    noStack(folder);
    const plain = join(dir, 'tep');
    writeFileSync(plain, 'x');
    const under = await run('tally', demoFile(), '--phase', 'D1', '--write', join(plain, 'ra.xlsx'));
    expect(under.code).toBe(1);
    expect(under.err).toMatch(/thư mục/);
    noStack(under);
  });
});

describe('writes are atomic: a failure leaves the old file whole and no temporary file', () => {
  afterEach(() => jest.restoreAllMocks());

  test.each([
    ['ENOSPC', 'ổ đĩa đã đầy'],
    ['EACCES', 'không có quyền'],
    ['EROFS', 'chỉ cho đọc'],
    ['EIO', 'lỗi đọc/ghi'],
  ])('%s mid-write', (code, words) => {
    const dir = mkdtempSync(join(tmp, 'atomic-'));
    const target = join(dir, 'ket-qua.xlsx');
    writeFileSync(target, 'bản cũ');
    jest.spyOn(fs, 'writeSync').mockImplementation(() => {
      throw Object.assign(new Error(`${code}: failure`), { code });
    });
    expect(() => writeFileAtomic(target, new Uint8Array(1000))).toThrow(words);
    expect(readFileSync(target, 'utf8')).toBe('bản cũ');
    expect(readdirSync(dir)).toEqual(['ket-qua.xlsx']);
  });

  test('a failed fsync also leaves nothing behind', () => {
    const dir = mkdtempSync(join(tmp, 'atomic-'));
    const target = join(dir, 'moi.xlsx');
    jest.spyOn(fs, 'fsyncSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    });
    expect(() => writeFileAtomic(target, new Uint8Array(10))).toThrow('ổ đĩa đã đầy');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('the file mode of a replaced file is kept', () => {
    const dir = mkdtempSync(join(tmp, 'atomic-'));
    mkdirSync(dir, { recursive: true });
    const target = join(dir, 'a.xlsx');
    writeFileSync(target, 'x', { mode: 0o600 });
    writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
  });
});

test('control characters and bidi marks are escaped before reaching the terminal', async () => {
  const { terminalSafe } = await import('../../src/node/cli');
  expect(terminalSafe('Nguyễn\u202eAn\u001b[31m\u200b')).toBe('Nguyễn\\u{202E}An\\u{001B}[31m\\u{200B}');
  expect(terminalSafe('Đợt 1\tok')).toBe('Đợt 1\tok');
});
