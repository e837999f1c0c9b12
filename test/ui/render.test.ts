import { renderAward, renderAwards } from '../../src/ui/render-awards';
import { renderProblems } from '../../src/ui/render-problems';
import { renderProgress } from '../../src/ui/render-progress';
import { filterParticipants, renderParticipant, renderRankingList, renderUnitFilter } from '../../src/ui/render-ranking';
import { renderExport } from '../../src/ui/render-export';
import { M } from '../../src/ui/messages';
import { AWARDS, UNITS, VALIDATION, tallyView } from './fixtures';

const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;
const names = new Map(AWARDS.map((a) => [a.code, a.name]));

describe('problems', () => {
  it('lists errors first, each with a cell as a button carrying that cell', () => {
    const html = renderProblems(VALIDATION);
    expect(html).toContain('1 lỗi, 1 cảnh báo');
    expect(html.indexOf('vượt quá tối đa')).toBeLessThan(html.indexOf('Xếp loại viên chức để trống'));
    expect(count(html, /<button[^>]*data-cell="/g)).toBe(2);
    expect(html).toContain('data-cell="Chấm D1 TV02!E7"');
    expect(html).toContain(`>${M.severityError}<`);
    expect(html).toContain(`>${M.severityWarning}<`);
  });

  it('shows a problem without a cell as plain text, and says so when there is none', () => {
    const html = renderProblems({ errors: 1, warnings: 0, problems: [{ severity: 'error', cell: null, sheet: null, row: null, col: null, message: 'Thiếu trang "Cán bộ"' }] });
    expect(html).not.toContain('<button');
    expect(html).toContain('Thiếu trang &quot;Cán bộ&quot;');
    expect(renderProblems({ errors: 0, warnings: 0, problems: [] })).toContain(M.noProblems);
  });

  it('escapes text that came from the workbook', () => {
    const html = renderProblems({ errors: 1, warnings: 0, problems: [{ severity: 'error', cell: 'A"><script>!B1', sheet: null, row: null, col: null, message: '<b>x</b>' }] });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>x');
  });
});

describe('award cards', () => {
  it('shows the quota, the split by unit and each recipient with unit and score', () => {
    const gk = AWARDS[0];
    const html = renderAward(gk);
    expect(html).toContain(`data-award="${gk.code}"`);
    expect(html).toMatch(/quota__value big">6</);
    for (const u of gk.byUnit ?? []) expect(html).toContain(`${u.unit}: ${u.seats}`);
    expect(count(html, /class="person person--awarded"/g)).toBe(gk.recipients.length);
    for (const r of gk.recipients) {
      expect(html).toContain(r.name);
      expect(html).toContain(`>${r.unitName}<`);
    }
    expect(html).toContain('91,25');
    expect(html).not.toContain(M.pendingBadge);
  });

  it('marks pending ties in words and reports open seats', () => {
    const html = renderAward(AWARDS[1]);
    expect(html).toContain(M.pendingBadge);
    expect(count(html, /person--pending/g)).toBe(2);
    expect(html).toContain('Còn 1 suất chưa trao');
  });

  it('says "không giới hạn" for an unlimited award and handles no awards', () => {
    expect(renderAward(AWARDS[2])).toContain(M.unlimited);
    expect(renderAwards([])).toContain(M.noAwards);
  });
});

describe('ranking', () => {
  const tally = tallyView();

  it('filters by unit, keeping the server order', () => {
    const all = filterParticipants(tally.participants, 'staff', '');
    expect(all.every((p) => p.kind === 'staff')).toBe(true);
    const t2 = filterParticipants(tally.participants, 'staff', 'T2');
    expect(t2.length).toBeGreaterThan(0);
    expect(t2.every((p) => p.unit === 'T2')).toBe(true);
    expect(t2.map((p) => p.id)).toEqual(all.filter((p) => p.unit === 'T2').map((p) => p.id));
    expect(filterParticipants(tally.participants, 'unit', 'T2').map((p) => p.id)).toEqual(['T1']);
  });

  it('shows score, band and, inside the details, criteria and every reason', () => {
    const p = tally.participants.find((x) => x.reasons.length === 2);
    if (!p) throw new Error('fixture has a person with two reasons');
    const html = renderParticipant(p, names);
    expect(html).toMatch(/<details>.*<summary/);
    expect(html).toContain(`class="entry__band">${p.band}<`);
    expect(count(html, /<li class="reason reason--failed"/g)).toBe(2);
    for (const r of p.reasons) expect(html).toContain(r.reason);
    for (const c of p.criteria) expect(html).toContain(c.text);
  });

  it('shows pending and missing in words, not only colour', () => {
    const pending = tally.participants.find((x) => x.pending.length > 0);
    const missing = tally.participants.find((x) => x.status === 'missing');
    if (!pending || !missing) throw new Error('fixture');
    expect(renderParticipant(pending, names)).toContain(M.pendingBadge);
    const html = renderParticipant(missing, names);
    expect(html).toContain(M.missingBadge);
    expect(html).toContain('entry__score">—<');
  });

  it('offers only units that have people in the ranking', () => {
    const html = renderUnitFilter([...UNITS, { id: 'XX', name: 'Tổ trống' }], tally.participants, 'T3');
    expect(html).toContain('<label for="unit-filter">');
    expect(html).toContain('<option value="T3" selected>');
    expect(html).not.toContain('Tổ trống');
    expect(renderRankingList([], names, undefined, 'T2')).toContain(M.rankingEmpty);
    expect(renderRankingList([], names)).toContain(M.rankingEmptyAll);
    expect(renderRankingList([], names)).not.toContain(M.rankingEmpty);
  });
});

describe('progress and exports', () => {
  it('states each step in words', () => {
    const html = renderProgress({ read: 'done', compute: 'running', write: 'waiting' });
    expect(html).toContain(`(${M.stateDone})`);
    expect(html).toContain(`(${M.stateRunning})`);
    expect(html).toContain('aria-current="step"');
    expect(count(html, /<li/g)).toBe(3);
  });

  it('lists the export links', () => {
    const html = renderExport({ kind: 'summary', title: 'Tổng hợp', links: [{ label: 'a.xlsx', url: '/files/a.xlsx' }], warnings: [] }, 'tong-hop-dang-ky|', '09:05');
    expect(html).toContain('href="/files/a.xlsx"');
    expect(html).toContain('rel="noopener noreferrer"');
  });
});
