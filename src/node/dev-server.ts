// `npm run dev`: serves the built sidebar (dist/Sidebar.html) on localhost with a stand-in for google.script.run
// that posts {fn, args} to /api, where the same server functions run through the Node shell on an .xlsx file.
//   npm run dev -- [FILE.xlsx] [--port N] [--out DIR]   (build/dev-server.js)
// FILE defaults to sheets-templates/demo.xlsx; port to --port, else PORT, else 0 (an ephemeral port).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { SERVER_FUNCTIONS } from '../workbook/api';
import type { ServerApi } from '../workbook/api';

/** ServerApi as the dev server needs it: each function may also answer with a promise. */
export type ServerApiImpl = {
  [K in keyof ServerApi]: (...args: Parameters<ServerApi[K]>) => ReturnType<ServerApi[K]> | Promise<ReturnType<ServerApi[K]>>;
};

export interface DevServerOptions {
  api: ServerApiImpl;
  /** the built sidebar; read on every request so that a rebuild shows up on reload */
  sidebarPath: string;
  /** export files served under /files/ */
  filesDir?: string;
  port?: number;
  host?: string;
}

export interface DevServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY = 1_000_000;

/** Browser code defining window.google.script.run the way Apps Script does (chainable handlers, JSON only). */
export function standInScript(functions: readonly string[] = SERVER_FUNCTIONS): string {
  return `<script>
(function () {
  var names = ${JSON.stringify(functions)};
  function runner(onSuccess, onFailure) {
    var run = {
      withSuccessHandler: function (f) { return runner(f, onFailure); },
      withFailureHandler: function (f) { return runner(onSuccess, f); },
      withUserObject: function () { return run; }
    };
    names.forEach(function (name) {
      run[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        var fail = function (message) {
          var error = new Error(message);
          error.name = 'ScriptError';
          if (onFailure) onFailure(error); else console.error(error);
        };
        fetch('/api', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ fn: name, args: args }) })
          .then(function (response) { return response.json(); })
          .then(function (body) {
            if (body.ok) { if (onSuccess) onSuccess(body.value); }
            else fail(body.error);
          }, function (err) { fail('NetworkError: ' + (err && err.message)); });
      };
    });
    return run;
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {}, editor: { focus: function () {} } } } };
  window.thiduaDevServer = true;
})();
</script>`;
}

/** The sidebar with the stand-in placed before any of its own scripts. */
export function injectStandIn(html: string): string {
  const script = standInScript();
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return script + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + '\n' + script + html.slice(at);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error('request too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function isServerFunction(name: unknown): name is keyof ServerApi {
  return typeof name === 'string' && (SERVER_FUNCTIONS as readonly string[]).includes(name);
}

/** Runs one call the way google.script.run would: the answer is what JSON makes of it. */
export async function dispatch(api: ServerApiImpl, body: string): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  let request: { fn?: unknown; args?: unknown };
  try {
    request = JSON.parse(body) as { fn?: unknown; args?: unknown };
  } catch (error) {
    return { ok: false, error: `invalid JSON request: ${error instanceof Error ? error.message : String(error)}` };
  }
  const { fn, args } = request;
  if (!isServerFunction(fn)) return { ok: false, error: `unknown server function: ${String(fn)}` };
  const list: unknown[] = Array.isArray(args) ? (args as unknown[]) : [];
  try {
    const call = api[fn] as (...a: unknown[]) => unknown;
    const value: unknown = await call(...list);
    return { ok: true, value: JSON.parse(JSON.stringify(value ?? null)) as unknown };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

const FILE_TYPES: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

function serveFile(res: ServerResponse, filesDir: string | undefined, urlPath: string): void {
  if (!filesDir) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
  const root = resolve(filesDir);
  const path = resolve(root, decodeURIComponent(urlPath.slice('/files/'.length)));
  if (!path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile()) {
    return send(res, 404, 'text/plain; charset=utf-8', 'not found');
  }
  const type = FILE_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  send(res, 200, type, readFileSync(path), {
    'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(basename(path))}`,
  });
}

/** The /files/ link for a file written under filesDir (its path otherwise). */
export function fileLink(filesDir: string, path: string): string {
  const rel = relative(resolve(filesDir), resolve(path));
  if (rel.startsWith('..') || rel === '') return path;
  return '/files/' + rel.split(sep).map(encodeURIComponent).join('/');
}

export function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && (urlPath === '/' || urlPath === '/index.html' || urlPath === '/Sidebar.html')) {
      if (!existsSync(options.sidebarPath)) {
        return send(res, 500, 'text/plain; charset=utf-8', `${options.sidebarPath} is missing: run node scripts/build.mjs`);
      }
      return send(res, 200, 'text/html; charset=utf-8', injectStandIn(readFileSync(options.sidebarPath, 'utf8')));
    }
    if (req.method === 'POST' && urlPath === '/api') {
      readBody(req)
        .then((body) => dispatch(options.api, body))
        .then((answer) => send(res, 200, 'application/json; charset=utf-8', JSON.stringify(answer)))
        .catch((error: unknown) => send(res, 400, 'application/json; charset=utf-8', JSON.stringify({ ok: false, error: String(error) })));
      return;
    }
    if (req.method === 'GET' && urlPath.startsWith('/files/')) return serveFile(res, options.filesDir, urlPath);
    if (req.method === 'GET' && urlPath === '/favicon.ico') return send(res, 204, 'text/plain', '');
    return send(res, 404, 'text/plain; charset=utf-8', 'not found');
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const port = (server.address() as AddressInfo).port;
      resolveServer({
        url: `http://${host}:${port}/`,
        port,
        // a browser's kept-alive connection would otherwise hold close() open
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

interface CliOptions {
  file: string;
  port: number;
  out: string;
}

export function parseDevArgs(argv: string[], env: NodeJS.ProcessEnv, root: string): CliOptions {
  let file = join(root, 'sheets-templates', 'demo.xlsx');
  let port = env.PORT ? Number(env.PORT) : 0;
  let out = join(root, 'out');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') port = Number(argv[++i]);
    else if (arg === '--out') out = resolve(argv[++i] ?? out);
    else if (!arg.startsWith('--')) file = resolve(arg);
    else throw new Error(`unknown option ${arg}`);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${String(port)}`);
  return { file, port, out };
}

async function main(): Promise<void> {
  // build/dev-server.js → the repository root
  const root = resolve(__dirname, '..');
  const options = parseDevArgs(process.argv.slice(2), process.env, root);
  if (!existsSync(options.file)) throw new Error(`${options.file} not found (give an .xlsx file, or build the demo)`);
  const { localServerApi } = await import('./local-api');
  const server = await startDevServer({
    api: localServerApi(options.file, { outDir: options.out, linkFor: (path) => fileLink(options.out, path) }),
    sidebarPath: join(root, 'dist', 'Sidebar.html'),
    filesDir: options.out,
    port: options.port,
  });
  console.log(`thidua sidebar (dev): ${server.url}`);
  console.log(`  workbook: ${options.file}`);
  console.log(`  exports:  ${options.out}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  });
}
