// Tests that need dist/ share one build: `npm test` builds before jest; a lone `npx jest` builds here once.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

export function ensureBuilt(): void {
  if (!existsSync(join(DIST, 'Code.js'))) {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'pipe' });
  }
}

export function readDist(file: string): string {
  ensureBuilt();
  return readFileSync(join(DIST, file), 'utf8');
}
