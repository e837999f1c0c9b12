// The paper trail's pieces without LibreOffice: reward money, which awards the principal decides, the ballot count's
// returned / valid ballots with the invalid cell named, the registry's entries and the certificate page breaks.
import { join } from 'node:path';
import { roundUpTo, titleKind, withinSchoolAuthority } from '../../src/core/award-titles';
import type { Phase, SchoolData } from '../../src/core/model';
import { tallyPhase } from '../../src/core/tally';
import { certificateRecipients, certificateSheets, certificatesDocument } from '../../src/documents/certificates';
import { ballotCount, rewardOf } from '../../src/documents/paper-common';
import { DOCUMENTS } from '../../src/documents/registry';
import { openXlsx } from '../../src/node/xlsx/index';
import { readSchool } from '../../src/workbook/read-school';

const demo = (): SchoolData => readSchool(openXlsx(join(__dirname, '../../sheets-templates/demo.xlsx'))).data;

describe('reward money', () => {
  test('rounded up to the thousand, never pushed up by a floating point hair', () => {
    expect(roundUpTo(0.3 * 2_340_000, 1000)).toBe(702_000);
    expect(roundUpTo(702_001, 1000)).toBe(703_000);
    expect(roundUpTo(1_234_567, 0)).toBe(1_234_567);
  });

  test('per title, from Cấu hình or the defaults', () => {
    const data = demo();
    expect(rewardOf(data.config, { code: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở', kind: 'staff' })).toBe(2_340_000);
    expect(rewardOf(data.config, { code: 'TTLDXS', name: 'Tập thể lao động xuất sắc', kind: 'unit' })).toBe(3_510_000);
    expect(rewardOf({ ...data.config, baseSalary: 2_530_000 }, { code: 'LDTT', name: 'Lao động tiên tiến', kind: 'staff' })).toBe(759_000);
    expect(rewardOf(data.config, { code: 'TTXS', name: 'Tập thể tổ hoàn thành xuất sắc nhiệm vụ', kind: 'unit' })).toBeNull();
  });

  test('title kinds and the principal’s authority', () => {
    expect(titleKind('X', 'Tập thể lao động tiên tiến', 'unit')).toBe('unitAdvanced');
    expect(titleKind('GKHT', 'Giấy khen của Hiệu trưởng', 'staff')).toBe('staffCertificate');
    expect(withinSchoolAuthority({ code: 'GKHT', name: 'Giấy khen của Hiệu trưởng', kind: 'staff' })).toBe(true);
    expect(withinSchoolAuthority({ code: 'GKDX', name: 'Giấy khen cá nhân có thành tích đột xuất', kind: 'staff' })).toBe(true);
    expect(withinSchoolAuthority({ code: 'GKUB', name: 'Giấy khen của Chủ tịch UBND phường', kind: 'staff' })).toBe(false);
    expect(withinSchoolAuthority({ code: 'LDTT', name: 'Lao động tiên tiến', kind: 'staff' })).toBe(false);
  });
});

describe('the ballot count', () => {
  test('an invalid cell makes that member’s ballot invalid for the award, and names the cell', () => {
    const data = demo();
    const cn = data.phases.find((p) => p.id === 'CN') as Phase;
    const sheet = data.votes.find((v) => v.phaseId === 'CN');
    if (!sheet?.members || !sheet.rows[0].marks) throw new Error('demo ballots without marks');
    const first = sheet.rows[0];
    const marks = first.marks ?? [];
    const votes = data.votes.map((v) =>
      v === sheet ? { ...v, rows: [{ ...first, marks: ['invalid' as const, ...marks.slice(1)] }, ...v.rows.slice(1)] } : v,
    );
    // the demo's TV06 is absent from the meeting: her column is blank, 6 ballots of 7 returned
    const before = ballotCount(data, cn).awards[0];
    expect(before).toMatchObject({ issued: 7, returned: 6, valid: 6, invalidCells: [] });
    const after = ballotCount({ ...data, votes }, cn);
    const col = sheet.members[0].col;
    expect(after.awards[0]).toMatchObject({
      issued: 7,
      returned: 6,
      valid: 5,
      invalidCells: [`Phiếu CN!${String.fromCharCode(64 + col)}${first.row}`],
    });
    expect(after.warnings).toEqual([expect.objectContaining({ where: { sheet: 'Phiếu CN', row: first.row, col } })]);
  });

  test('a member column without a mark is a ballot not returned', () => {
    const data = demo();
    const cn = data.phases.find((p) => p.id === 'CN') as Phase;
    const votes = data.votes.map((v) =>
      v.phaseId === 'CN'
        ? { ...v, rows: v.rows.map((r) => ({ ...r, marks: (r.marks ?? []).map((m, i) => (i === 6 ? ('blank' as const) : m)) })) }
        : v,
    );
    // TV06 (absent) and now TV07 return nothing
    expect(ballotCount({ ...data, votes }, cn).awards[0]).toMatchObject({ issued: 7, returned: 5, valid: 5 });
  });
});

test('the registry lists the five documents of issue 14, each for a phase', () => {
  const ids = DOCUMENTS.map((d) => d.id);
  for (const id of ['bien-ban-kiem-phieu', 'bien-ban-hop', 'to-trinh', 'quyet-dinh', 'giay-khen']) expect(ids).toContain(id);
  expect(
    DOCUMENTS.filter((d) => ['bien-ban-kiem-phieu', 'bien-ban-hop', 'to-trinh', 'quyet-dinh', 'giay-khen'].includes(d.id)).every(
      (d) => d.needsPhase && d.target === 'export',
    ),
  ).toBe(true);
});

test('certificates: one sheet, a page break after every certificate but the last', () => {
  const data = demo();
  const d1 = data.phases.find((p) => p.id === 'D1') as Phase;
  const tally = tallyPhase(data, 'D1');
  const recipients = certificateRecipients(data, tally);
  const { sheet } = certificatesDocument(data, d1, tally, new Date(2026, 10, 24));
  expect(recipients).toHaveLength(6);
  const breaks = sheet.page?.rowBreaks ?? [];
  expect(breaks).toHaveLength(recipients.length - 1);
  const perPage = sheet.rows.length / recipients.length;
  expect(breaks).toEqual(recipients.slice(1).map((_, i) => perPage * (i + 1)));
  expect(sheet.page?.orientation).toBe('landscape');
});

test('certificates for Google Sheets: one sheet per recipient, without page breaks', () => {
  const data = demo();
  const d1 = data.phases.find((p) => p.id === 'D1') as Phase;
  const tally = tallyPhase(data, 'D1');
  const sheets = certificateSheets(data, d1, tally, new Date(2026, 10, 24));
  const recipients = certificateRecipients(data, tally);
  expect(sheets.map((s) => s.name)).toEqual(recipients.map((_, i) => `Giấy khen D1 (${i + 1})`));
  sheets.forEach((s, i) => {
    expect(s.page?.rowBreaks).toBeUndefined();
    expect(s.rows.flat()).toContain(recipients[i].name);
  });
});
