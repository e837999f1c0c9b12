import { getOverview, listDocuments, runTally, validateData } from '../../src/workbook/service';
import { schoolSheets, schoolWorkbook } from './fixture';
import { MemoryWorkbook } from './memory-workbook';

describe('service', () => {
  it('getOverview lists the school, phases and units', () => {
    expect(getOverview(schoolWorkbook())).toEqual({
      schoolName: 'Trường THCS Nguyễn Du',
      schoolYear: '2025-2026',
      phases: [
        { id: 'D1', name: 'Đợt 1', type: 'phase', from: '', to: '' },
        { id: 'CN', name: 'Cả năm', type: 'year', from: '', to: '' },
      ],
      units: [
        { id: 'T1', name: 'Tổ Toán' },
        { id: 'T2', name: 'Tổ Văn' },
      ],
      // every export document of the registry (test/exports/export-buttons.test.ts)
      documents: listDocuments(),
    });
  });

  it('validateData joins reading problems and every phase tally problem, each once', () => {
    const wb = schoolWorkbook((s) => {
      (s['Chấm D1 TV02'] as unknown[][])[1][3] = 12; // TC01 max 10: the engine's check
      (s['Cán bộ'] as unknown[][]).push(['CB004', 'Vũ Thị Em', 'T9']);
    });
    const view = validateData(wb);
    const cells = view.problems.map((p) => p.cell);
    expect(cells).toContain('Cán bộ!C5');
    expect(cells.filter((c) => c === 'Chấm D1 TV02!D2')).toHaveLength(1);
    expect(view.errors).toBe(view.problems.filter((p) => p.severity === 'error').length);
    expect(view.errors).toBeGreaterThanOrEqual(2);
    expect(wb.writes).toEqual([]);
  });

  it('runTally reads each sheet once, computes, then writes only `Kết quả {đợt}` in one call', () => {
    const wb = schoolWorkbook();
    const inputs = new Map([...wb.sheets].map(([name, sheet]) => [name, JSON.stringify(sheet.values)]));
    const view = runTally(wb, 'd1', { write: true });
    expect(new Set(wb.reads).size).toBe(wb.reads.length);
    expect(wb.writes).toHaveLength(1);
    expect(wb.writes[0].map((s) => s.name)).toEqual(['Kết quả D1', 'Thống kê chấm D1']);
    for (const [name, values] of inputs) expect(JSON.stringify(wb.sheets.get(name)?.values)).toBe(values);
    expect(view.resultSheet).toBe('Kết quả D1');
    expect(view.phase.id).toBe('D1');
    const an = view.participants.find((p) => p.id === 'CB001');
    expect(an).toMatchObject({ unitName: 'Tổ Toán', status: 'ok' });
    expect(an?.criteria.map((c) => c.id)).toEqual(['TC01', 'TC02']);
    const gk = view.awards.find((a) => a.code === 'GK');
    expect(gk?.recipients.map((r) => r.id)).toEqual(view.participants.filter((p) => p.awards.includes('GK')).map((p) => p.id));
  });

  it('runTally without write writes nothing; an unknown phase is a problem, not a crash', () => {
    const wb = schoolWorkbook();
    expect(runTally(wb, 'D1', { write: false }).resultSheet).toBeNull();
    const view = runTally(wb, 'D9', { write: true });
    expect(view.resultSheet).toBeNull();
    expect(view.errors).toBeGreaterThan(0);
    expect(wb.writes).toEqual([]);
  });

  it('an empty workbook validates with problems and tallies without crashing', () => {
    const wb = schoolWorkbook((s) => {
      for (const name of Object.keys(s)) delete s[name];
    });
    expect(validateData(wb).errors).toBeGreaterThan(0);
    expect(runTally(wb, 'D1', { write: true }).resultSheet).toBeNull();
  });
});

describe('runTally (the sidebar)', () => {
  it('the written `Kết quả` counts the reading errors too, like the CLI does', () => {
    const wb = new MemoryWorkbook(schoolSheets());
    (wb.sheets.get('Cán bộ')?.values as unknown[][])[1][5] = '31/02/1985';
    const view = runTally(wb, 'D1', { write: true });
    expect(view.errors).toBe(1);
    const written = wb.writes[0][0].rows.flat();
    expect(written).toContain('Có 1 lỗi và 0 cảnh báo: xem Kiểm tra dữ liệu');
  });
});
