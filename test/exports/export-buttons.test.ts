// The sidebar's Xuất tab: one button per export document of the registry, as getOverview lists them.
import { exportDocuments } from '../../src/documents/registry';
import { availableDocuments } from '../../src/ui/documents';
import { renderDocumentButtons } from '../../src/ui/render-export';
import type { OverviewView } from '../../src/workbook/api';
import { listDocuments } from '../../src/workbook/service';

const buttons = (html: string) =>
  [...html.matchAll(/<button[^>]*data-document="([^"]+)"[^>]*>([^<]*)<\/button>/g)].map((m) => ({ id: m[1], label: m[2] }));
const overview = (): OverviewView => ({ schoolName: '', schoolYear: '', phases: [], units: [], documents: listDocuments() });

describe('export buttons', () => {
  test('the overview lists every export document of the registry, in order', () => {
    expect(listDocuments()).toEqual(exportDocuments().map((d) => ({ id: d.id, label: d.label, needsPhase: d.needsPhase })));
    expect(listDocuments().some((d) => d.id === 'ket-qua')).toBe(false);
    expect(availableDocuments(overview()).map((d) => d.id)).toEqual(exportDocuments().map((d) => d.id));
  });

  test('with a phase, one button per document: the phase documents first, then those of the whole year', () => {
    const rendered = buttons(renderDocumentButtons(availableDocuments(overview()), { id: 'D1', short: 'Đợt 1' }));
    const ids = rendered.map((b) => b.id);
    expect([...ids].sort()).toEqual(
      exportDocuments()
        .map((d) => d.id)
        .sort(),
    );
    expect(ids.indexOf('de-nghi')).toBeLessThan(ids.indexOf('tong-hop-dang-ky'));
    expect(rendered.find((b) => b.id === 'de-nghi')?.label).toBe('Danh sách đề nghị khen thưởng');
  });

  test('without a phase only the documents of the whole year have buttons', () => {
    const rendered = buttons(renderDocumentButtons(availableDocuments(overview()), null));
    expect(rendered.map((b) => b.id)).toEqual(
      exportDocuments()
        .filter((d) => !d.needsPhase)
        .map((d) => d.id),
    );
  });

  test('labels and ids are escaped', () => {
    const html = renderDocumentButtons([{ id: 'a"b', label: '<x>', needsPhase: false }], null);
    expect(html).toContain('data-document="a&quot;b"');
    expect(html).toContain('&lt;x&gt;');
  });
});
