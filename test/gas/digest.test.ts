import { literalText } from '../../src/gas/cell-text';
import { InputDigest } from '../../src/gas/digest';

test('InputDigest is FNV-1a 64 (published vectors)', () => {
  expect(new InputDigest().hex()).toBe('cbf29ce484222325');
  expect(new InputDigest().add('a').hex()).toBe('af63dc4c8601ec8c');
  expect(new InputDigest().add('foobar').hex()).toBe('85944171f73967e8');
});

test('literalText quotes what Sheets would parse, and nothing else', () => {
  for (const s of ['=A1', '+84 912', '-x', '@me', '001', '8,5', '20/11', '12:30', 'TRUE', '15%']) expect(literalText(s)).toBe(`'${s}`);
  for (const s of ['Nguyễn Văn An', 'CB001', 'Điểm 78,50 < điểm sàn 80', '']) expect(literalText(s)).toBe(s);
});
