// ESLint's Node API in a process of its own (jest cannot load the ESM flat config): lints the files named on the
// command line with the repository's eslint.config.mjs and prints [{file, messages: [{ruleId, message}]}] as JSON.
import { ESLint } from 'eslint';
/* global process */

const eslint = new ESLint({ cwd: process.cwd() });
const results = await eslint.lintFiles(process.argv.slice(2));
const out = results.map((r) => ({ file: r.filePath, messages: r.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })) }));
process.stdout.write(JSON.stringify(out));
