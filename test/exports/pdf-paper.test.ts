// The council's paper trail through LibreOffice, read back with pdftotext (issue 14): the ballot count restates the
// tally's votes and shares, the minutes name the absentee, the certificates print one page per recipient, and the
// decision's total is the sum of its rows. Skipped where soffice or poppler is missing (as test/exports/pdf.test.ts).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { key } from '../../src/core/codes';
import type { Phase, SchoolData } from '../../src/core/model';
import { formatNumberVi } from '../../src/core/numbers';
import type { PhaseTally } from '../../src/core/result';
import { tallyPhase } from '../../src/core/tally';
import { ballotCountDocument } from '../../src/documents/ballot-count';
import { certificateRecipients, certificatesDocument } from '../../src/documents/certificates';
import { decisionDocument } from '../../src/documents/decision';
import { rewardOf } from '../../src/documents/paper-common';
import { awardProposals } from '../../src/documents/proposals';
import { meetingMinutes } from '../../src/documents/meeting-minutes';
import { submissionDocument } from '../../src/documents/submission';
import { writeDocuments } from '../../src/node/export';
import { openXlsx } from '../../src/node/xlsx/index';
import { readSchool } from '../../src/workbook/read-school';

const onPath = (tool: string): boolean =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, tool)));
const missing = ['soffice', 'pdftotext', 'pdfinfo'].filter((tool) => !onPath(tool));
if (missing.length > 0) {
  if (process.env.THIDUA_REQUIRE_SOFFICE === '1') throw new Error(`required here (THIDUA_REQUIRE_SOFFICE=1): ${missing.join(', ')}`);
  console.warn(`PDF paper trail test skipped: ${missing.join(', ')} not installed (apt-get install libreoffice-calc poppler-utils)`);
}
const describePdf = missing.length === 0 ? describe : describe.skip;

const bare = (text: string): string => text.replace(/\s+/g, '');

describePdf('the paper trail of the demo school as PDF (LibreOffice)', () => {
  const data: SchoolData = readSchool(openXlsx(join(__dirname, '../../sheets-templates/demo.xlsx'))).data;
  const phase = (id: string): Phase => data.phases.find((p) => p.id === id) as Phase;
  const tallies = new Map<string, PhaseTally>(['CN', 'D1'].map((id) => [id, tallyPhase(data, id)]));
  const today = new Date(2026, 4, 25);
  const cn = phase('CN');
  const tallyCN = tallies.get('CN') as PhaseTally;
  const decision = decisionDocument(data, cn, tallyCN, today);
  const documents = {
    'bien-ban-kiem-phieu-CN': ballotCountDocument(data, cn, today).sheet,
    'bien-ban-kiem-phieu-D1': ballotCountDocument(data, phase('D1'), today).sheet,
    'bien-ban-hop-CN': meetingMinutes(data, cn, tallyCN, today).sheet,
    'to-trinh-CN': submissionDocument(data, cn, tallyCN, today).sheet,
    'quyet-dinh-CN': decision.sheet,
    'giay-khen-CN': certificatesDocument(data, cn, tallyCN, today).sheet,
    'de-nghi-CN': awardProposals(data, tallyCN, today).sheet,
  };
  let dir = '';
  const pdfs = new Map<string, string>();
  const textOf = (id: string, layout = false, page?: number): string =>
    execFileSync(
      'pdftotext',
      [...(page ? ['-f', String(page), '-l', String(page)] : []), ...(layout ? ['-layout'] : []), pdfs.get(id) ?? '', '-'],
      { encoding: 'utf8' },
    );
  const pagesOf = (id: string): number =>
    Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdfs.get(id) ?? ''], { encoding: 'utf8' }))?.[1]);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thidua-paper-'));
    const written = await writeDocuments(
      Object.entries(documents).map(([id, sheet]) => ({ sheets: [sheet], outPath: join(dir, `${id}.xlsx`) })),
    );
    for (const { pdf } of written) if (pdf !== null) pdfs.set(basename(pdf, '.pdf'), pdf);
    // THIDUA_KEEP_PDF=folder keeps the PDFs to look at (pdftoppm -png -r 50)
    const keep = process.env.THIDUA_KEEP_PDF;
    if (keep) {
      mkdirSync(keep, { recursive: true });
      for (const file of pdfs.values()) copyFileSync(file, join(keep, basename(file)));
    }
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the ballot count: per candidate the agreeing votes and the % of the whole council that the tally used', () => {
    const members = data.members.length;
    const lines = textOf('bien-ban-kiem-phieu-CN', true).split('\n');
    const rows = data.votes.filter((v) => v.phaseId === 'CN').flatMap((v) => v.rows);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const p = tallyCN.participants.find((x) => x.kind === 'staff' && key(x.id) === key(row.participantId));
      expect(p).toBeDefined();
      const line = lines.find((l) => bare(l).includes(bare(p?.name ?? '?')) && l.includes(`/${members}`));
      expect(line).toBeDefined();
      const share = formatNumberVi((100 * row.agree) / members, data.config.decimals);
      expect(line).toContain(`${row.agree}/${members}`);
      expect(line).toContain(share);
      // where the tally turned the candidate down on the votes, its reason carries the same count and share
      const reason = p?.reasons[row.awardCode] ?? '';
      if (reason.startsWith('Phiếu đồng ý')) {
        expect(reason).toContain(`${row.agree}/${members} (${share}%)`);
        expect(bare(line ?? '')).toContain('Khôngđạt');
      }
      if (p?.awards.includes(row.awardCode)) expect(bare(line ?? '')).toMatch(/[^g]Đạt$/);
    }
    const text = bare(textOf('bien-ban-kiem-phieu-CN'));
    // the member absent from the meeting (the demo's TV06) returns no ballot: issued to the whole council
    const present = data.members.filter((m) => m.present !== false).length;
    expect(present).toBe(members - 1);
    expect(text).toContain(bare(`Số phiếu phát ra: ${members}; số phiếu thu vào: ${present}; số phiếu hợp lệ: ${present}`));
    expect(text).toContain(bare(data.config.ballotChief ?? '?'));
    expect(text).toContain(bare(data.config.ballotSecretary ?? '?'));
  });

  test('the minutes: members present x/y and the absentee by name', () => {
    const absent = data.members.filter((m) => m.present === false);
    expect(absent).toHaveLength(1);
    const text = bare(textOf('bien-ban-hop-CN'));
    expect(text).toContain(bare(`Thành viên có mặt: ${data.members.length - 1}/${data.members.length}`));
    expect(text).toContain(bare(`Vắng: ${absent[0].name}`));
    expect(text).toContain(bare('Biên bản kết thúc lúc'));
    expect(text).toContain('25/05/2026');
  });

  test('the certificates: one page per recipient, each with its name', () => {
    const recipients = certificateRecipients(data, tallyCN);
    expect(recipients.length).toBeGreaterThan(1);
    expect(pagesOf('giay-khen-CN')).toBe(recipients.length);
    recipients.forEach((r, i) => {
      const page = bare(textOf('giay-khen-CN', false, i + 1));
      expect(page).toContain(bare(r.name));
      expect(page).toContain('GIẤYKHEN');
    });
    expect(execFileSync('pdfinfo', [pdfs.get('giay-khen-CN') ?? ''], { encoding: 'utf8' })).toMatch(
      /Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/,
    );
  });

  test("the decision's total is the sum of its rows", () => {
    const text = textOf('quyet-dinh-CN', true);
    const list = text.slice(text.indexOf('DANH SÁCH KHEN THƯỞNG'));
    const amounts = (list.match(/\d{1,3}(?:\.\d{3})+/g) ?? []).map((a) => Number(a.replace(/\./g, '')));
    expect(amounts.length).toBeGreaterThan(2);
    const total = amounts[amounts.length - 1];
    const rows = amounts.slice(0, -1);
    expect(rows.reduce((a, b) => a + b, 0)).toBe(total);
    expect(total).toBe(decision.total);
    expect(bare(text)).toContain(bare(`tổng số tiền thưởng: ${formatNumberVi(total, 0).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`));
  });

  test('the proposal list: each recipient’s money, per title and per section totals equal to the sum of the rows', () => {
    const text = textOf('de-nghi-CN', true);
    const list = text.slice(text.indexOf('I. CÁ NHÂN'), text.indexOf('Tổng số tiền thưởng theo danh sách'));
    const money = (line: string): number[] => (line.match(/\d{1,3}(?:\.\d{3})+/g) ?? []).map((a) => Number(a.replace(/\./g, '')));
    const recipients: number[] = [];
    const sections: number[] = [];
    let sinceTitle = 0;
    let sinceSection = 0;
    for (const l of list.split('\n')) {
      for (const amount of money(l)) {
        if (l.includes('Tổng cộng')) {
          expect(amount).toBe(sinceSection);
          sections.push(amount);
          sinceSection = 0;
          sinceTitle = 0;
        } else if (l.includes('Cộng:')) {
          expect(amount).toBe(sinceTitle);
          sinceTitle = 0;
        } else {
          recipients.push(amount);
          sinceTitle += amount;
          sinceSection += amount;
        }
      }
    }
    // every recipient of the year end, with the law's reward of its title
    const expected = tallyCN.awards.flatMap((a) => a.recipients.map(() => rewardOf(data.config, a) ?? 0));
    expect([...recipients].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
    expect(sections).toHaveLength(2);
    const total = sections[0] + sections[1];
    expect(total).toBe(expected.reduce((a, b) => a + b, 0));
    const dotted = (x: number): string => formatNumberVi(x, 0).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    expect(bare(text)).toContain(bare(`Tổng số tiền thưởng theo danh sách: ${dotted(total)} đồng`));
  });

  test('the submission is addressed to the receiving office and lists the titles above the principal', () => {
    const text = bare(textOf('to-trinh-CN'));
    expect(text).toContain(bare(`Kính gửi: ${data.config.recipient}`));
    for (const award of tallyCN.awards.filter((a) => a.code === 'CSTDCS')) {
      for (const id of award.recipients) expect(text).toContain(bare(data.staff.find((s) => s.id === id)?.name ?? '?'));
    }
  });
});
