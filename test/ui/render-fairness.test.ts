// The panel "Độ thống nhất của Hội đồng": built from the view the server sends for the demo school (runTally on
// sheets-templates/demo.xlsx), and from small views that hit each branch.
import { renderFairness, FLAG_COLOUR, chartSpan } from '../../src/ui/render-fairness';
import { FM } from '../../src/ui/fairness-messages';
import type { FairnessMemberView, FairnessView } from '../../src/workbook/api';
import { runTally } from '../../src/workbook/service';
import { openXlsx } from '../../src/node/xlsx/index';
import { demoCopy } from './demo-workbook';

const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

function member(
  id: string,
  deviationSd: number | null,
  flag: FairnessMemberView['flag'] = null,
  kind: 'staff' | 'unit' = 'staff',
): FairnessMemberView {
  return {
    id,
    name: `Tên ${id}`,
    kind,
    marked: 10,
    deviation: deviationSd === null ? null : deviationSd * 4,
    deviationSd,
    rho: 0.9,
    flag,
    sentence: flag ? `${id} có nhận xét ${flag}` : null,
  };
}

function view(fields: Partial<FairnessView> = {}): FairnessView {
  return {
    members: [member('TV01', 0.1), member('TV02', 1.9, 'dễ'), member('TV03', -2.2, 'khắt khe'), member('TV04', 0.2, 'khác biệt')],
    lenientSd: 1.5,
    strictSd: 1.5,
    agreement: [{ kind: 'staff', method: 'complete', w: 0.74, reading: 'high', sentence: 'Mức thống nhất cao.' }],
    notes: [],
    sensitivity: [],
    goodNews: 'Tin tốt: không có gì.',
    normalisation: { on: false, sentence: 'Để tham khảo: như cũ.' },
    ...fields,
  };
}

describe('the fairness panel', () => {
  it('draws one dot per member on a line, left of the centre for lower marks, coloured by flag and labelled', () => {
    const html = renderFairness(view());
    expect(html).toContain(`>${FM.heading}<`);
    expect(count(html, /<g class="member-dot/g)).toBe(4);
    const cx = (id: string) => Number(new RegExp(`data-member="${id}">.*?<circle cx="([\\d.]+)"`).exec(html)?.[1]);
    const centre = Number(/class="centre" x1="([\d.]+)"/.exec(html)?.[1]);
    expect(cx('TV03')).toBeLessThan(centre);
    expect(cx('TV02')).toBeGreaterThan(cx('TV04'));
    expect(cx('TV04')).toBeGreaterThan(centre);
    expect(html).toMatch(new RegExp(`data-member="TV02">.*?fill="${FLAG_COLOUR['dễ']}"`));
    expect(html).toMatch(new RegExp(`data-member="TV04">.*?fill="${FLAG_COLOUR['khác biệt']}"`));
    expect(html).toMatch(new RegExp(`data-member="TV01">.*?fill="${FLAG_COLOUR.ok}"`));
    expect(html).toContain(FM.lower);
    expect(html).toContain(FM.higher);
    for (const label of Object.values(FM.legend)) expect(html).toContain(label);
  });

  it('gives each flag its sentence, the agreement in words, and the good news when no decision hangs on a member', () => {
    const html = renderFairness(view());
    expect(count(html, /<li class="flag"/g)).toBe(3);
    expect(html).toContain('TV03 có nhận xét khắt khe');
    expect(html).toContain('agreement--high');
    expect(html).toContain('Mức thống nhất cao.');
    expect(html).toContain('class="good-news">Tin tốt');
    expect(html).toContain('data-on="false"');
  });

  it('lists the decisions that hang on a member, says when nobody is flagged, and escapes names', () => {
    const html = renderFairness(
      view({ members: [{ ...member('TV01', 0.3), name: '<b>x</b>' }], sensitivity: ['Nếu không tính điểm của TV01: A không còn GK.'] }),
    );
    expect(html).toContain('<ul class="sensitivity"><li>Nếu không tính điểm của TV01');
    expect(html).not.toContain('good-news');
    expect(html).toContain(FM.noFlags);
    expect(html).not.toContain('<b>x');
  });

  it('one line per kind; a member without enough data is named, not drawn; nothing at all without a view', () => {
    const html = renderFairness(
      view({ members: [member('TV01', 0.3), member('TV01', null, null, 'unit'), member('TV02', -0.4, null, 'unit')] }),
    );
    expect(count(html, /<figure class="fairness-chart"/g)).toBe(2);
    expect(html).toContain(FM.unplotted('TV01'));
    expect(renderFairness(undefined)).toBe('');
    // a kind with nobody to draw: its words, no empty line
    const none = renderFairness(view({ members: [member('TV01', null), member('TV02', null)] }));
    expect(none).toContain(FM.unplotted('TV01, TV02'));
    expect(none).not.toContain('<svg viewBox');
    expect(renderFairness(view({ members: [] }))).toContain(FM.noMembers);
  });

  it('the line is wide enough for the thresholds and the farthest member', () => {
    expect(chartSpan([member('A', 0.2)], 1.5, 1.5)).toBe(2);
    expect(chartSpan([member('A', -3.7)], 1.5, 1.5)).toBe(5);
  });
});

test('runTally sends the panel its data for the demo school', () => {
  const wb = openXlsx(demoCopy().file);
  const tally = runTally(wb, 'D2', { write: false });
  const f = tally.fairness;
  if (f === undefined) throw new Error('no fairness view');
  expect(f.members).toHaveLength(14);
  expect(f.agreement.map((a) => a.kind)).toEqual(['staff', 'unit']);
  expect(f.sensitivity.length).toBeGreaterThan(0);
  for (const s of f.sensitivity) expect(s).toMatch(/^Nếu không tính điểm của TV0\d: /);
  const html = renderFairness(f);
  expect(count(html, /<g class="member-dot/g)).toBe(14);
  expect(runTally(openXlsx(demoCopy().file), 'D1', { write: false }).fairness?.sensitivity).toEqual([]);
});
