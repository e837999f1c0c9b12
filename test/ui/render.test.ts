import { renderAward, renderAwards } from '../../src/ui/render-awards';
import { renderProblems } from '../../src/ui/render-problems';
import { renderProgress } from '../../src/ui/render-progress';
import { filterParticipants, renderParticipant, tieNotes, renderRankingList, renderUnitFilter } from '../../src/ui/render-ranking';
import { renderExport } from '../../src/ui/render-export';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { M, failure, text } from '../../src/ui/messages';
import type { TallyParticipantView } from '../../src/workbook/api';
import { AWARDS, TIE_BREAKS, UNITS, VALIDATION, tallyView } from './fixtures';

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
    const html = renderProblems({
      errors: 1,
      warnings: 0,
      problems: [{ severity: 'error', cell: null, sheet: null, row: null, col: null, message: 'Thiếu trang "Cán bộ"' }],
    });
    expect(html).not.toContain('<button');
    expect(html).toContain('Thiếu trang &quot;Cán bộ&quot;');
    expect(renderProblems({ errors: 0, warnings: 0, problems: [] })).toContain(M.noProblems);
  });

  it('escapes text that came from the workbook', () => {
    const html = renderProblems({
      errors: 1,
      warnings: 0,
      problems: [{ severity: 'error', cell: 'A"><script>!B1', sheet: null, row: null, col: null, message: '<b>x</b>' }],
    });
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
    // the split names the units (not their codes)
    for (const u of gk.byUnit ?? []) expect(html).toContain(`data-unit="${u.unit}">${u.unitName}: ${u.seats}<`);
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
    const html = renderExport(
      { kind: 'summary', title: 'Tổng hợp', links: [{ label: 'a.xlsx', url: '/files/a.xlsx' }], warnings: [] },
      'tong-hop-dang-ky|',
      '09:05',
    );
    expect(html).toContain('href="/files/a.xlsx"');
    expect(html).toContain('rel="noopener noreferrer"');
  });
});

describe('words and numbers', () => {
  const tally = tallyView();

  it('says “Hạng 1”, never “#1”, in rows and award cards', () => {
    const first = tally.participants[0];
    expect(renderParticipant(first, names)).toContain('>Hạng 1<');
    expect(renderAwards(AWARDS)).not.toMatch(/#\d/);
    expect(renderAwards(AWARDS)).toContain('>Hạng 1<');
  });

  it('names awards in badges and in the row’s accessible name (rank, name, score, award)', () => {
    const html = renderParticipant(tally.participants[0], names);
    expect(html).toContain('✓ Giấy khen của Hiệu trưởng<');
    expect(html).not.toContain('✓ GKHT<');
    expect(html).toContain('aria-label="Hạng 1, Nguyễn Văn An, 91,25 điểm, Giấy khen của Hiệu trưởng, Chiến sĩ thi đua cơ sở.');
  });

  it('shows criteria with the school’s decimals', () => {
    const html = renderParticipant(tally.participants[0], names); // 91,25 % of 20 = 18.25; of 40 = 36.5
    expect(html).toContain('>18,25<');
    expect(html).toContain('>36,50<');
  });

  it('shows ties as ties: the same “Hạng” for both, with the tie-break criteria that were equal too', () => {
    for (const id of ['CB009', 'CB010']) {
      const p = tally.participants.find((x) => x.id === id) as TallyParticipantView;
      const html = renderParticipant(p, names, TIE_BREAKS);
      expect(html).toContain(`>Hạng 9<span class="entry__tie">${M.tieBadge}</span>`);
      expect(html).toContain(`aria-label="Hạng 9 (đồng hạng), ${p.name}, 76,25 điểm`);
      const other = id === 'CB009' ? 'Ngô Thị Mai' : 'Đỗ Văn Long';
      expect(html).toContain(
        `Bằng điểm, đồng hạng 9 với ${other}. Các tiêu chí ưu tiên khi bằng điểm (“Chuyên môn, nghiệp vụ”) cũng bằng nhau`,
      );
    }
  });

  it('names the tie-break criterion that ordered equal scores into different ranks', () => {
    const dung = renderParticipant(tally.participants[3], names, TIE_BREAKS);
    expect(dung).toContain('>Hạng 4</span><span class="entry__name">');
    expect(dung).not.toContain('entry__tie');
    expect(dung).toContain('Bằng điểm với Hoàng Minh Đức (Hạng 5); xếp hạng theo tiêu chí ưu tiên khi bằng điểm “Chuyên môn, nghiệp vụ”.');
    const duc = renderParticipant(tally.participants[4], names, TIE_BREAKS);
    expect(duc).toContain('Bằng điểm với Phạm Thu Dung (Hạng 4); xếp hạng theo tiêu chí ưu tiên khi bằng điểm “Chuyên môn, nghiệp vụ”.');
    // nobody shares this score: no note
    expect(renderParticipant(tally.participants[0], names, TIE_BREAKS)).not.toContain('tie-note');
  });

  it('says why a tie stands: no tie-break criteria, or a year end (mean of the phases)', () => {
    const p = tally.participants.find((x) => x.id === 'CB009') as TallyParticipantView;
    expect(tieNotes(p, [])).toEqual([`Bằng điểm, đồng hạng 9 với Ngô Thị Mai. ${text.tieNoTieBreak}`]);
    expect(tieNotes({ ...p, yearPhases: [] }, [])).toEqual([`Bằng điểm, đồng hạng 9 với Ngô Thị Mai. ${text.tieNoTieBreakYear}`]);
    // a big tie lists five names and counts the rest
    const many = Array.from({ length: 8 }, (_, i) => ({ id: `X${i}`, name: `Người ${i}`, rank: 9, decidedBy: null }));
    expect(tieNotes({ ...p, sameScore: many }, [])[0]).toContain('Người 0, Người 1, Người 2, Người 3, Người 4 và 3 người khác.');
  });

  it('explains a year-end score by its phases and never writes “chưa chấm” beside a score', () => {
    const p = {
      ...tally.participants[0],
      criteria: [],
      yearPhases: [
        { id: 'D1', name: 'Đợt 1 – Chào mừng 20/11', weight: 1, score: 90 },
        { id: 'D2', name: 'Đợt 2 – Mừng Xuân', weight: 2, score: 91.875 },
      ],
    };
    const html = renderParticipant(p, names);
    expect(html).toContain(M.yearHeading);
    expect(html).toMatch(/data-phase="D1"><th scope="row" title="Đợt 1 – Chào mừng 20\/11">Đợt 1<\/th><td>1<\/td><td>90,00<\/td>/);
    expect(html).toContain('>91,88<');
    expect(html).not.toContain(M.notScored);
  });

  it('collapses a long award card to its first names and “Xem tất cả (40)”, hiding nothing in a scroll box', () => {
    const many = {
      ...AWARDS[0],
      recipients: Array.from({ length: 40 }, (_, i) => ({ ...AWARDS[0].recipients[0], id: `X${i}`, rank: i + 1 })),
    };
    const html = renderAward(many);
    expect(count(html, /<li class="person/g)).toBe(5);
    expect(count(html, /<li data-more hidden class="person/g)).toBe(35);
    expect(html).toContain('>Xem tất cả (40)<');
  });

  it('every Vietnamese text of the sidebar: “ ” quotes, “trang tính”, “Hạng 1” not “#1”; every error says what to do', () => {
    const sources = ['src/ui/messages.ts', 'src/ui/fairness-messages.ts'].map((f) => readFileSync(join(__dirname, '..', '..', f), 'utf8'));
    // the string literals of the two messages modules (comments left out)
    const literals = sources
      .map((s) => s.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))
      .flatMap((s) => s.match(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g) ?? []);
    expect(literals.length).toBeGreaterThan(100);
    for (const literal of literals.map((l) => l.replace(/\$\{[^}]*\}/g, ''))) {
      expect(literal).not.toMatch(/\bsheet\b/i);
      expect(literal).not.toMatch(/[«»"]|#\d|#\$/);
      expect(literal).not.toMatch(/\btrang (?!tính)/i);
    }
    const errors = [
      M.noPhases,
      M.noAwards,
      M.rankingEmptyAll,
      M.exportNoLinks,
      M.exportNeedsPhase,
      M.resultsIntro,
      text.tallyOnErrors(2),
      text.confirmErrors(2, text.whatTally),
      text.tallyProblems('1 lỗi'),
      text.goToCellNotice('Cán bộ!B3'),
      text.sheetNotice('Kết quả D1'),
      failure.noConnection,
      failure.network,
      failure.authorization,
      failure.permission,
      failure.timeout,
      failure.busy,
      failure.emptyResult,
      failure.withNextStep(failure.unknown),
      failure.withNextStep('Service error'),
    ];
    for (const message of errors) expect(message).toMatch(/(^|[\s(])[Hh]ãy /);
    // the year end's option is not “Cả năm (cả năm)”
    expect(text.phaseOption('Cả năm', true)).toBe('Cả năm');
    expect(text.phaseOption('Tổng kết', true)).toBe('Tổng kết (cả năm)');
  });

  it('uses “ ” quotes and “trang tính”, never "sheet", in the sidebar’s own texts', () => {
    const samples = [
      text.resultSheetWritten('Kết quả D1'),
      text.openResultSheet('Kết quả D1'),
      text.confirmErrors(2, text.whatTally),
      text.tieBroken('An (Hạng 5)', 'Chuyên môn'),
      text.tieNoTieBreak,
      text.tieNoTieBreakYear,
      text.tallyOnErrors(2),
    ];
    const all = JSON.stringify(M) + samples.join(' ');
    expect(all).not.toMatch(/\bsheet\b/i);
    expect(all).not.toMatch(/«|»|\\"/);
    expect(text.schoolYear('2025 – 2026')).toBe('Năm học 2025 – 2026');
    // a long export shows its elapsed seconds
    expect(text.exporting(0)).toBe(M.exporting);
    expect(text.exporting(12)).toBe('Đang xuất… 12 giây');
    expect(text.resultSheetWritten('Kết quả D1')).toBe('Đã ghi vào trang tính “Kết quả D1”.');
  });
});
