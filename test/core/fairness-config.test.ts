// The `Cấu hình` rows of the council's statistics: the normalisation switch and the three flag thresholds.
import { DEFAULT_CONFIG } from '../../src/core/model';
import { lines, read } from '../workbook/fixture';

test('defaults: normalisation off, 1,5 SD either side, ρ 0,3', () => {
  const { data } = read(() => undefined);
  expect(data.config).toMatchObject({ normaliseMarks: false, lenientSd: 1.5, strictSd: 1.5, divergentRho: 0.3 });
  expect(DEFAULT_CONFIG.normaliseMarks).toBe(false);
});

test('read as written (decimal comma too); bad values are errors at their cell and keep the default', () => {
  const { data } = read((s) => {
    s['Cấu hình'].push(
      ['Chuẩn hóa điểm theo thành viên', 'Có'],
      ['Ngưỡng chấm dễ (độ lệch chuẩn)', '2,5'],
      ['ngưỡng chấm khắt khe (độ lệch chuẩn)', 1],
      ['Ngưỡng tương quan khác biệt', 0.4],
    );
  });
  expect(data.config).toMatchObject({ normaliseMarks: true, lenientSd: 2.5, strictSd: 1, divergentRho: 0.4 });

  const bad = read((s) => {
    s['Cấu hình'].push(
      ['Ngưỡng chấm dễ (độ lệch chuẩn)', -1],
      ['Ngưỡng tương quan khác biệt', 2],
      ['Chuẩn hóa điểm theo thành viên', 'hmm'],
    );
  });
  expect(bad.data.config).toMatchObject({ normaliseMarks: false, lenientSd: 1.5, divergentRho: 0.3 });
  expect(lines(bad.problems)).toEqual(
    expect.arrayContaining([
      'Cấu hình!B6: -1 nhỏ hơn mức tối thiểu 0: hãy nhập một số từ 0 trở lên',
      'Cấu hình!B7: 2 lớn hơn mức tối đa 1: hãy nhập một số không quá 1',
      'Cấu hình!B8: “hmm” không hợp lệ: hãy ghi Có hoặc Không',
    ]),
  );
});
