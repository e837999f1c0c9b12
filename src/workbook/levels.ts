// Ratings (`Xếp loại viên chức`) and discipline levels (`Kỷ luật`) from their text, matched like headers.
import { key } from '../core/codes';
import type { DisciplineLevel, Rating } from '../core/model';
import { DISCIPLINE_CHOICES, RATING_CHOICES } from './schema';

const RATING_LONG = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ'];

/** HTXSNV → 4 … KHTNV → 1 (also the long forms); null when not a rating. */
export function ratingOf(text: string): Rating | null {
  const k = key(text);
  for (let i = 0; i < RATING_CHOICES.length; i++) {
    if (key(RATING_CHOICES[i]) === k || key(RATING_LONG[i]) === k) return (4 - i) as Rating;
  }
  return null;
}

const NO_DISCIPLINE = new Set(['', 'không', 'khong', '0']);

/** A named level (1–6), 0 for blank/`Không`/`0`, null for any other text. */
export function disciplineLevelOf(text: string): DisciplineLevel | null {
  const k = key(text);
  if (NO_DISCIPLINE.has(k)) return 0;
  const i = DISCIPLINE_CHOICES.findIndex((d) => key(d) === k);
  return i >= 0 ? ((i + 1) as DisciplineLevel) : null;
}
