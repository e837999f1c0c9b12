// `Thống kê chấm {đợt}` on the demo: a row per member and kind, the W line per kind, the sensitivity list (or the
// good news), and the normalisation line; registered once in the documents registry.
import { join } from 'node:path';
import { phaseFairness } from '../../src/core/fairness';
import { fairnessText } from '../../src/core/fairness/messages';
import { tallyPhase } from '../../src/core/tally';
import { fairnessSheet } from '../../src/documents/fairness-sheet';
import { FAIRNESS } from '../../src/documents/fairness-messages';
import { DOCUMENTS } from '../../src/documents/registry';
import { openXlsx } from '../../src/node/xlsx/index';
import { readSchool } from '../../src/workbook/read-school';

const { data } = readSchool(openXlsx(join(__dirname, '..', '..', 'sheets-templates', 'demo.xlsx')));

function sheetOf(phaseId: string) {
  const tally = tallyPhase(data, phaseId);
  const f = phaseFairness(data, phaseId, tally);
  return { f, sheet: fairnessSheet(data, tally, f) };
}

const texts = (rows: unknown[][]) => rows.flat().filter((v): v is string => typeof v === 'string');

test('D2: one row per member and kind, both W lines, each decision that hangs on a member in a sentence', () => {
  const { f, sheet } = sheetOf('D2');
  expect(sheet.name).toBe('Thống kê chấm D2');
  const header = sheet.rows.findIndex((r) => r[0] === FAIRNESS.membersHeader[0]);
  const memberRows = sheet.rows.slice(header + 1, header + 1 + f.members.length);
  expect(memberRows.map((r) => [r[0], r[2]])).toEqual(f.members.map((m) => [m.id, FAIRNESS.kind(m.kind)]));
  expect(memberRows.every((r) => r.length === 9)).toBe(true);
  const flagged = f.members.filter((m) => m.flag !== null);
  expect(flagged.length).toBeGreaterThan(0);
  for (const m of flagged) expect(texts(sheet.rows)).toContain(fairnessText.flag(m));
  for (const a of f.agreement) expect(texts(sheet.rows)).toContain(fairnessText.agreement(a));
  expect(f.sensitivity.length).toBeGreaterThan(0);
  const all = texts(sheet.rows).join('\n');
  for (const s of f.sensitivity) expect(all).toContain(`Nếu không tính điểm của ${s.member}: `);
  expect(all).not.toContain(fairnessText.noSensitivity);
  expect(all).toContain('Để tham khảo');
});

test('D1: the good news is said in words; no cell would be read as a formula', () => {
  const { sheet } = sheetOf('D1');
  expect(texts(sheet.rows)).toContain(fairnessText.noSensitivity);
  for (const row of sheet.rows) for (const v of row) if (typeof v === 'string') expect(v.startsWith('=')).toBe(false);
});

test('CN: the year end says its scores are the mean of the phases', () => {
  const { sheet } = sheetOf('CN');
  expect(texts(sheet.rows)).toContain(fairnessText.yearMean('staff'));
  expect(texts(sheet.rows)).toContain(FAIRNESS.noMembers);
});

test('registered once, written into the workbook, per phase', () => {
  expect(DOCUMENTS.filter((d) => d.id === 'thong-ke-cham')).toHaveLength(1);
  const def = DOCUMENTS.find((d) => d.id === 'thong-ke-cham');
  expect(def).toMatchObject({ needsPhase: true, target: 'workbook' });
  const phase = data.phases[0];
  const built = def?.build({ data, phase, tally: (id) => tallyPhase(data, id), today: new Date(2026, 0, 1) });
  expect(built?.sheets.map((s) => s.name)).toEqual([`Thống kê chấm ${phase.id}`]);
});
