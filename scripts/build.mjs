// Builds everything into dist/:
//   dist/Code.js        the Apps Script bundle (src/gas/main.ts), with top-level stubs from gas-entry-generator
//   dist/Sidebar.html   the sidebar, script and styles inlined (src/ui)
//   dist/appsscript.json
//   build/*.js          the Node shell: CLI, dev server (src/node), and the benchmark (bench/); outside dist/, which clasp pushes
import { build } from 'esbuild';
import { generate } from 'gas-entry-generator';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const at = (...p) => join(root, ...p);

mkdirSync(dist, { recursive: true });
const nodeOut = join(root, 'build');

async function bundleGas() {
  const result = await build({
    entryPoints: [at('src/gas/main.ts')],
    bundle: true,
    format: 'iife',
    // Apps Script's V8 parser: no `?.`, `??`, class fields or BigInt literals reach dist/Code.js (lowered or refused)
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    charset: 'utf8',
    legalComments: 'none',
  });
  const bundle = result.outputFiles[0].text;
  const { entryPointFunctions } = generate(bundle, { comment: true });
  const code = [
    '// thidua — built by scripts/build.mjs; edit src/, not this file.',
    '// Top-level declarations so that Apps Script can call the entry points by name.',
    entryPointFunctions,
    'var global = this;',
    bundle,
  ].join('\n');
  writeFileSync(join(dist, 'Code.js'), code);
}

async function bundleSidebar() {
  const template = at('src/ui/sidebar.html');
  if (!existsSync(template)) return;
  const js = await build({
    entryPoints: [at('src/ui/sidebar.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    write: false,
    charset: 'utf8',
    minify: true,
    legalComments: 'none',
  });
  const css = existsSync(at('src/ui/sidebar.css')) ? readFileSync(at('src/ui/sidebar.css'), 'utf8') : '';
  // `</script` inside the inlined script would end the element early.
  const script = js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const html = readFileSync(template, 'utf8')
    .replace('<!-- STYLE -->', () => `<style>\n${css}</style>`)
    .replace('<!-- SCRIPT -->', () => `<script>\n${script}</script>`);
  writeFileSync(join(dist, 'Sidebar.html'), html);
}

async function bundleNode() {
  const entries = ['cli', 'dev-server', 'make-templates', 'fuzz'].filter((n) => existsSync(at(`src/node/${n}.ts`)));
  const points = entries.map((n) => ({ in: at(`src/node/${n}.ts`), out: n }));
  // the benchmark lives outside src/ (its Apps Script section runs on the test fake)
  if (existsSync(at('bench/main.ts'))) points.push({ in: at('bench/main.ts'), out: 'bench' });
  if (points.length === 0) return;
  await build({
    entryPoints: points,
    outdir: nodeOut,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    charset: 'utf8',
    banner: { js: '#!/usr/bin/env node' },
  });
}

await Promise.all([bundleGas(), bundleSidebar(), bundleNode()]);
copyFileSync(at('appsscript.json'), join(dist, 'appsscript.json'));
console.log('built dist/');
