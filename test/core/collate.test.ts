import { compareVietnameseNames } from '../../src/core/collate';

const sorted = (names: string[]): string[] => [...names].sort(compareVietnameseNames);

describe('compareVietnameseNames', () => {
  it('orders by given name (last word) first, then the full name', () => {
    expect(sorted(['Nguyễn Văn Bình', 'Trần Thị An', 'Lê An'])).toEqual(['Lê An', 'Trần Thị An', 'Nguyễn Văn Bình']);
  });

  it('follows the Vietnamese alphabet: a ă â b c d đ e ê … o ô ơ … u ư', () => {
    const letters = ['Ư', 'U', 'Ơ', 'Ô', 'O', 'Ê', 'E', 'Đ', 'D', 'Â', 'Ă', 'A', 'B'];
    expect(sorted(letters)).toEqual(['A', 'Ă', 'Â', 'B', 'D', 'Đ', 'E', 'Ê', 'O', 'Ô', 'Ơ', 'U', 'Ư']);
    expect(sorted(['Đức', 'Dũng', 'Dung'])).toEqual(['Dung', 'Dũng', 'Đức']);
    expect(sorted(['Ân', 'Anh', 'Ăn', 'An'])).toEqual(['An', 'Anh', 'Ăn', 'Ân']);
  });

  it('compares tones only after the letters: ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(sorted(['Hạ', 'Há', 'Hã', 'Hả', 'Hà', 'Ha'])).toEqual(['Ha', 'Hà', 'Hả', 'Hã', 'Há', 'Hạ']);
    // letters decide before tones: "Hà" < "Hai" although "à" would sort after "a"
    expect(sorted(['Hai', 'Hà'])).toEqual(['Hà', 'Hai']);
    expect(sorted(['Hải', 'Hai'])).toEqual(['Hai', 'Hải']);
  });

  it('is independent of case, extra spaces and Unicode normalisation', () => {
    const decomposed = 'Nguyễn Thị Ánh'.normalize('NFD');
    expect(compareVietnameseNames(decomposed, 'Nguyễn Thị Ánh')).toBe(0);
    expect(compareVietnameseNames('  Lê   An ', 'Lê An')).not.toBe(0);
    expect(Math.sign(compareVietnameseNames('  Lê   An ', 'Lê Bình'))).toBe(-1);
    expect(Math.sign(compareVietnameseNames('lê an', 'Lê Bình'))).toBe(-1);
  });

  it('is a consistent total order', () => {
    const names = ['Phạm Thu Hà', 'Lê Thị Hà', 'Nguyễn Ánh', 'Võ Anh', 'Bùi Ân', 'Đỗ Ư', 'Hồ Ươm', 'Lê Thị Hạ'];
    const once = sorted(names);
    expect(sorted([...names].reverse())).toEqual(once);
    expect(once).toEqual(['Võ Anh', 'Nguyễn Ánh', 'Bùi Ân', 'Lê Thị Hà', 'Phạm Thu Hà', 'Lê Thị Hạ', 'Đỗ Ư', 'Hồ Ươm']);
  });
});
