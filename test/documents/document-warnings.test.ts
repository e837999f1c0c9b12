// Every document's warnings come from one place (registry.ts `documentWarnings`): its own, then the council
// warnings that `thidua validate` and the sidebar's check list, each once.
import { join } from 'node:path';
import { councilWarnings } from '../../src/core/council-warnings';
import type { Problem, SchoolData } from '../../src/core/model';
import { DOCUMENTS, prepareDocument, exportDocuments } from '../../src/documents/registry';
import { openXlsx } from '../../src/node/xlsx/index';
import { readSchool } from '../../src/workbook/read-school';

const demo = (): SchoolData => readSchool(openXlsx(join(__dirname, '../../sheets-templates/demo.xlsx'))).data;
const line = (p: Problem): string => `${p.where?.sheet ?? ''}!${p.where?.row ?? ''}:${p.where?.col ?? ''} ${p.message}`;

describe('document warnings', () => {
  const base = demo();
  // an even council (a member left) and a member whose D2 card was deleted
  const data: SchoolData = {
    ...base,
    members: base.members.slice(0, 6),
    cards: base.cards.filter((c) => !(c.phaseId === 'D2' && c.memberId === 'TV02' && c.kind === 'staff')),
  };
  const council = councilWarnings(data).map(line);

  test('the crafted workbook has council warnings to carry', () => {
    expect(council.some((l) => l.includes('số chẵn'))).toBe(true);
    expect(council.some((l) => l.includes('(TV02) không có phiếu chấm cá nhân đợt D2'))).toBe(true);
  });

  test.each(exportDocuments().map((d) => d.id))('%s carries every council warning, once', (id) => {
    const def = DOCUMENTS.find((d) => d.id === id);
    const prepared = prepareDocument(data, id, def?.needsPhase ? 'CN' : null, { today: new Date(2026, 4, 25) });
    const lines = prepared.built.warnings.map(line);
    for (const c of council) expect(lines.filter((l) => l === c)).toHaveLength(1);
  });
});
