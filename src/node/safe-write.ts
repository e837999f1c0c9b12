// File safety of the command line (SPEC §7, SECURITY.md): no output ever replaces an input, and no write ever leaves
// a half-written file. Every write goes to a temporary file in the target's own folder (same file system, so the
// final rename is atomic), is flushed to disk (fsync), then renamed over the target; on any failure the temporary file
// is removed and the target is as it was.
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { FS_MSG, fsReason } from './messages';

/** An output path that is (or resolves to, through symlinks) one of the inputs: a usage error (exit 2). */
export class OutputIsInputError extends Error {
  override name = 'OutputIsInputError';
}

/** A file-system failure, said in Vietnamese (what failed, on which path, what to do). */
export class FileAccessError extends Error {
  override name = 'FileAccessError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** The path a write to `path` would really change: symlinks resolved, also when the file does not exist yet. */
function realTarget(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // a dangling symlink would be followed by the write: resolve its parent folder and keep the name
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realTarget(parent), basename(absolute));
  }
}

/** The identity of an existing file (device + inode), or null: catches hard links that realpath cannot. */
function identity(path: string): string | null {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

/** Throws OutputIsInputError when any output would replace an input (same real path or same file). */
export function refuseInputs(outputs: string[], inputs: string[]): void {
  const realInputs = inputs.map((input) => ({
    input,
    real: realTarget(input),
    id: identity(input),
  }));
  for (const output of outputs) {
    const real = realTarget(output);
    const id = identity(real);
    const hit = realInputs.find((i) => i.real === real || (id !== null && i.id === id));
    if (hit) throw new OutputIsInputError(FS_MSG.outputIsInput(output, hit.input));
  }
}

/** The Vietnamese error for a failed file operation (`action` is what was being done). */
export function fileAccessError(error: unknown, action: 'read' | 'write', path: string): Error {
  if (error instanceof FileAccessError) return error;
  const code = (error as Partial<NodeJS.ErrnoException>).code;
  if (typeof code !== 'string') return error instanceof Error ? error : new Error(String(error));
  return new FileAccessError(action === 'read' ? FS_MSG.cannotRead(path, fsReason(code)) : FS_MSG.cannotWrite(path, fsReason(code)), code);
}

let counter = 0;

/**
 * Writes `bytes` to `path` atomically: a temporary file beside it, fsync, rename. A target that is a folder is
 * refused (EISDIR) before anything is written. Throws FileAccessError with a Vietnamese message.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const target = realTarget(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${++counter}.tmp`);
  let fd: number | null = null;
  try {
    const existing = identity(target) === null ? null : statSync(target);
    if (existing?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    fd = openSync(temp, 'wx', existing ? existing.mode & 0o777 : 0o644);
    for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== null) closeQuietly(fd, error);
    removeTemp(temp, error);
    throw fileAccessError(error, 'write', path);
  }
}

/** Closes after a failed write; a second failure is added to the first (which is what the user must see). */
function closeQuietly(fd: number, cause: unknown): void {
  try {
    closeSync(fd);
  } catch (error) {
    attachSecondary(cause, error);
  }
}

function removeTemp(temp: string, cause: unknown): void {
  try {
    unlinkSync(temp);
  } catch (error) {
    // ENOENT: the temporary file was never made (or already renamed): nothing to clean
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') attachSecondary(cause, error);
  }
}

function attachSecondary(cause: unknown, error: unknown): void {
  if (cause instanceof Error) cause.message += ` (và: ${error instanceof Error ? error.message : String(error)})`;
}

/** Largest input read into memory: a school's workbook is a few MB; anything near this is not one. */
const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/**
 * Checks that `path` is a regular file of a sane size before it is read (`/dev/zero`, a FIFO or a folder would
 * otherwise hang or exhaust memory). Throws FileAccessError.
 */
export function assertReadableFile(path: string): void {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw fileAccessError(error, 'read', path);
  }
  if (stats.isDirectory()) throw new FileAccessError(FS_MSG.cannotRead(path, fsReason('EISDIR')), 'EISDIR');
  if (!stats.isFile()) throw new FileAccessError(FS_MSG.cannotRead(path, FS_MSG.notRegular), 'ENOTFILE');
  if (stats.size > MAX_INPUT_BYTES) throw new FileAccessError(FS_MSG.cannotRead(path, FS_MSG.tooBig(MAX_INPUT_BYTES)), 'EFBIG');
}
