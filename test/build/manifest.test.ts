import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, readDist } from './ensure-built';

const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

describe('Apps Script project files', () => {
  test('appsscript.json: V8, Vietnam time, Stackdriver logging, explicit least-privilege scopes', () => {
    const manifest = readJson('appsscript.json');
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    const scopes = manifest.oauthScopes as string[];
    expect(Array.isArray(scopes)).toBe(true);
    expect(scopes.length).toBeGreaterThan(0);
    // Full Drive and full Spreadsheets access to every file of the user are not needed.
    expect(scopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(scopes).toContain('https://www.googleapis.com/auth/script.container.ui');
  });

  test('urlFetchWhitelist lets the PDF export URL through (required once the add-on is published)', () => {
    const list = readJson('appsscript.json').urlFetchWhitelist as string[];
    expect(Array.isArray(list)).toBe(true);
    // drive.ts fetches https://docs.google.com/spreadsheets/d/{id}/export?…; each entry is an https prefix ending in /
    const exportUrl = 'https://docs.google.com/spreadsheets/d/1AbC/export?format=pdf';
    expect(list.some((prefix) => exportUrl.startsWith(prefix))).toBe(true);
    for (const prefix of list) expect(prefix).toMatch(/^https:\/\/[^/]+\/.*\/$/);
    expect(readFileSync(join(ROOT, 'src/gas/drive.ts'), 'utf8')).toContain('https://docs.google.com/spreadsheets/d/${');
  });

  test('every scope is explained in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const scope of readJson('appsscript.json').oauthScopes as string[]) expect(readme).toContain(scope);
  });

  test('the built manifest is the source manifest', () => {
    expect(JSON.parse(readDist('appsscript.json'))).toEqual(readJson('appsscript.json'));
  });

  test('.clasp.json pushes dist/ and .claspignore allows only the manifest, .js and .html', () => {
    expect(readJson('.clasp.json').rootDir).toBe('dist');
    const lines = readFileSync(join(ROOT, '.claspignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(lines).toEqual(['**/**', '!appsscript.json', '!*.js', '!*.html']);
  });
});
