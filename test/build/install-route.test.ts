// Issue 10 item 1: the README's one install route works from a fresh clone (no `clasp create`, which clasp 3
// refuses when .clasp.json exists), names the menu as a bound script shows it (Extensions › {project title}), and the
// add-on's own hint names it the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MENU } from '../../src/gas/menu';
import { MSG } from '../../src/gas/messages';
import { ROOT } from './ensure-built';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('## Inside Google Sheets'),
  readme.indexOf('\n## ', readme.indexOf('## Inside Google Sheets') + 5),
);
const clasp = JSON.parse(readFileSync(join(ROOT, '.clasp.json'), 'utf8')) as { scriptId: string; rootDir: string };

describe('README: Inside Google Sheets', () => {
  test('one route from a fresh clone: no clasp create step; the script id goes into .clasp.json', () => {
    const steps = section.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(steps.length).toBeGreaterThanOrEqual(6);
    expect(steps.join('\n')).not.toMatch(/clasp@?\d* create/);
    expect(section).toContain(clasp.scriptId);
    expect(section).toContain('npm run deploy');
    expect(section).toContain('script.google.com/home/usersettings');
  });

  test('the project is titled “Thi đua” and the menu named as it appears: Extensions › Thi đua', () => {
    expect(section).toMatch(/rename it \*\*Thi đua\*\*/);
    expect(section).toContain('**Extensions › Thi đua**');
    expect(section).not.toMatch(/Tiện ích bổ sung → thidua/);
    expect(MSG.setupHint).toContain('Tiện ích mở rộng › Thi đua › Thiết lập bảng tính');
  });

  test('the menu items the README names exist', () => {
    const labels = MENU.flatMap((e) => (e === 'separator' ? [] : 'items' in e ? e.items.map((i) => i.label) : [e.label]));
    for (const label of ['Thiết lập bảng tính', 'Tạo phiếu chấm cho một đợt…']) {
      expect(labels).toContain(label);
      expect(section).toContain(label);
    }
  });

  test('sharing before protecting is said', () => {
    expect(section).toMatch(/does not share the file/);
    expect(section).toContain(MSG.sharing.button);
  });
});
