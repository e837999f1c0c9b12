// Type-checks every project (the whole tree, then each layer with only its own ambient types), two at a time:
// the checks are independent and CI has two cores. Exits non-zero if any fails, after printing its errors.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const projects = ['tsconfig.json', ...['core', 'documents', 'workbook', 'gas', 'node', 'ui'].map((l) => `tsconfig.${l}.json`)];
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

function check(project) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '--noEmit', '-p', project], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ project, code, output }));
  });
}

const queue = [...projects];
const failures = [];
async function worker() {
  for (let project = queue.shift(); project !== undefined; project = queue.shift()) {
    const result = await check(project);
    if (result.code !== 0) failures.push(result);
  }
}
await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));
for (const { project, output } of failures) console.error(`tsc -p ${project}:\n${output}`);
if (failures.length > 0) process.exit(1);
console.log(`typecheck: ${projects.length} projects ok`);
