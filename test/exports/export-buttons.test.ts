// The sidebar's export section: one button per export document of the registry, as getOverview lists them.
import { exportDocuments } from '../../src/documents/registry';
import { renderExportButtons } from '../../src/ui/render-export';
import { listDocuments } from '../../src/workbook/service';

const buttons = (html: string) =>
  [...html.matchAll(/<button[^>]*data-document="([^"]+)"([^>]*)>([^<]*)<\/button>/g)].map((m) => ({ id: m[1], disabled: m[2].includes('disabled'), label: m[3] }));

describe('export buttons', () => {
  test('the overview lists every export document of the registry, in order', () => {
    expect(listDocuments()).toEqual(exportDocuments().map((d) => ({ id: d.id, label: d.label, needsPhase: d.needsPhase })));
    expect(listDocuments().some((d) => d.id === 'ket-qua')).toBe(false);
  });

  test('one button per document; a phase document names the selected phase', () => {
    const rendered = buttons(renderExportButtons(listDocuments(), 'D1', false));
    expect(rendered.map((b) => b.id)).toEqual(exportDocuments().map((d) => d.id));
    expect(rendered.find((b) => b.id === 'de-nghi')).toEqual({ id: 'de-nghi', disabled: false, label: 'Danh sách đề nghị khen thưởng (D1)' });
    expect(rendered.find((b) => b.id === 'tong-hop-dang-ky')?.label).toBe('Tổng hợp đăng ký thi đua');
  });

  test('without a phase only the documents without one can be pressed; while busy none', () => {
    const noPhase = buttons(renderExportButtons(listDocuments(), '', false));
    for (const b of noPhase) expect(b.disabled).toBe(exportDocuments().find((d) => d.id === b.id)?.needsPhase);
    expect(buttons(renderExportButtons(listDocuments(), 'D1', true)).every((b) => b.disabled)).toBe(true);
  });

  test('labels and ids are escaped', () => {
    const html = renderExportButtons([{ id: 'a"b', label: '<x>', needsPhase: false }], '', false);
    expect(html).toContain('data-document="a&quot;b"');
    expect(html).toContain('&lt;x&gt;');
  });
});
