// Menu › Xuất văn bản…: one item for every export document of the registry, asked for by number (or id), then the
// phase when the document has one; the export runs through the server API's exportDocument.
import { Handlers } from '../../src/gas/addon';
import { exportDocuments } from '../../src/documents/registry';
import type { ExportView, ServerApi } from '../../src/workbook/api';
import { smallSchool } from '../gas/school';

function setup() {
  const services = smallSchool();
  const calls: [string, string | undefined][] = [];
  const view = (id: string): ExportView => ({ kind: id, title: id, links: [{ label: 'Bảng tính', url: 'https://x' }], warnings: [] });
  const api: ServerApi = {
    getOverview: () => {
      throw new Error('not used');
    },
    validateData: () => {
      throw new Error('not used');
    },
    runTally: () => {
      throw new Error('not used');
    },
    exportDocument: (id, phaseId) => {
      calls.push([id, phaseId]);
      return view(id);
    },
    goToCell: () => false,
    getCollectionProgress: () => {
      throw new Error('not used');
    },
  };
  return { services, ui: services.SpreadsheetApp.ui, calls, handlers: new Handlers(services, api) };
}

describe('Xuất văn bản… (menu)', () => {
  test('lists every export document by number; one without a phase is exported at once', () => {
    const { ui, calls, handlers } = setup();
    const summary = exportDocuments().findIndex((d) => !d.needsPhase);
    ui.answers.push({ text: String(summary + 1) });
    handlers.exportDocumentFromMenu();
    exportDocuments().forEach((d, i) => expect(ui.prompts[0]).toContain(`${i + 1}. ${d.label}`));
    expect(calls).toEqual([[exportDocuments()[summary].id, undefined]]);
    expect(ui.prompts).toHaveLength(1);
    expect(ui.alerts).toEqual([]);
  });

  test('a phase document asks for the phase next (by id works too)', () => {
    const { ui, calls, handlers } = setup();
    ui.answers.push({ text: 'de-nghi' }, { text: 'D1' });
    handlers.exportDocumentFromMenu();
    expect(ui.prompts[1]).toContain('Xuất danh sách đề nghị khen thưởng.');
    expect(ui.prompts[1]).toContain('(D1)');
    expect(calls).toEqual([['de-nghi', 'D1']]);
  });

  test('cancel does nothing; a number outside the list is an alert saying what to type', () => {
    const { ui, calls, handlers } = setup();
    ui.answers.push({ text: '1', button: 'CANCEL' });
    handlers.exportDocumentFromMenu();
    ui.answers.push({ text: '99' });
    handlers.exportDocumentFromMenu();
    expect(calls).toEqual([]);
    expect(ui.alerts[0]).toContain(`“99” không phải số thứ tự trong danh sách: hãy gõ một số từ 1 đến ${exportDocuments().length}.`);
  });
});
