// What kind of title an award is, for the reward money (NĐ 152/2025) and for the checks that only concern one
// title (one initiative, one CSTĐCS). Codes are the school's own; the catalogue's and the rules' names are matched
// like the registration checks do (src/core/conditions/registration.ts): the law's names, with or without marks.
import { key } from './codes';
import type { AwardRule, Kind, RewardCoefficients } from './model';

export type TitleKind = keyof RewardCoefficients;

/** Name without diacritics, lower case: `Chiến sĩ thi đua cơ sở` → `chien si thi dua co so`. */
export function plainName(text: string): string {
  return key(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

/** A giấy khen given by someone above the school (UBND, its chairman, a department): not the principal's. */
const OUTSIDE_AUTHORITY = /\b(ubnd|uy ban|chu tich|giam doc|bo truong|truong phong)\b/;

/**
 * The title kind of an award for the reward money, or null when the law pays nothing for it here (a form the
 * school does not recognise). Collective titles are recognised before the individual ones whose names they contain.
 */
export function titleKind(code: string, name: string, kind: Kind): TitleKind | null {
  const c = plainName(code).replace(/[^a-z]/g, '');
  const n = plainName(name);
  if (kind === 'unit') {
    if (c === 'ttldxs' || n.includes('tap the lao dong xuat sac')) return 'unitExcellent';
    if (c === 'ttldtt' || n.includes('tap the lao dong tien tien')) return 'unitAdvanced';
    if (n.includes('giay khen')) return 'unitCertificate';
    return null;
  }
  if (c === 'cstdcs' || n.includes('chien si thi dua co so')) return 'cstdcs';
  if (c === 'ldtt' || n.includes('lao dong tien tien')) return 'ldtt';
  if (n.includes('giay khen')) return 'staffCertificate';
  return null;
}

/**
 * An award the principal decides (giấy khen of the principal, Luật TĐKT 2022 Điều 74): a giấy khen whose name names
 * no other authority. Every other title goes to the receiving office in the submission (since 01/7/2025 the
 * Chủ tịch UBND xã/phường decides LĐTT, CSTĐCS and the collective titles, docs/DOMAIN.md).
 */
export function withinSchoolAuthority(rule: Pick<AwardRule, 'code' | 'name' | 'kind'>): boolean {
  const n = plainName(rule.name);
  if (!n.includes('giay khen')) return false;
  if (n.includes('hieu truong')) return true;
  return !OUTSIDE_AUTHORITY.test(n);
}

/** An amount of money rounded up to a multiple of `step` đồng (NĐ 152/2025: "làm tròn số lên hàng nghìn đồng"). */
export function roundUpTo(amount: number, step: number): number {
  if (step <= 0) return amount;
  // a product like 0,3 × 2 340 000 = 702 000,0000001 must not round up to the next thousand
  const units = Math.round((amount / step) * 1e6) / 1e6;
  return Math.ceil(units) * step;
}
