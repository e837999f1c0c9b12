// Importing a finished year into `Lịch sử` (issue 16): each person of last year's workbook is matched to this
// year's staff by code, else by name + birth date (with a warning: the code changed), and their final titles and
// rating appended; rows already there are not added again, so a second import changes nothing.
import { plainName, titleKind } from './award-titles';
import { formatCell } from './cellref';
import { key } from './codes';
import { consecutiveRun, pastOf, titleName } from './conditions/consecutive-years';
import { ratingName } from './messages';
import type { HistoryRow, Kind, SchoolData, Staff } from './model';
import { tallyPhase } from './tally';

const CSTDCS_NAME = 'Chiến sĩ thi đua cơ sở';

/** A person's final results of a finished year, as read from that year's workbook. */
export interface YearResult {
  id: string;
  name: string;
  birthDate: string;
  titles: string[];
  rating: string;
}

export interface HistoryImport {
  /** rows to append to `Lịch sử`, in last year's staff order */
  added: Omit<HistoryRow, 'row'>[];
  /** matched by name and birth date, not by code */
  warnings: string[];
  /** last year's people matching nobody of this year */
  unmatched: YearResult[];
}

export const HISTORY_MSG = {
  notSchoolFile: (source: string, missing: string[]): string =>
    `“${source}” không phải bảng tính thi đua của trường: thiếu trang tính ${missing.map((m) => `“${m}”`).join(', ')}. Hãy chọn đúng tệp của năm học trước.`,
  lastYearErrors: (source: string, lines: string[], more: number): string =>
    `Tệp năm trước “${source}” có lỗi, chưa nhập gì: ${lines.join('; ')}${more > 0 ? ` (và ${more} lỗi khác)` : ''}. Hãy sửa trong tệp đó rồi nhập lại.`,
  thisYearErrors: (lines: string[], more: number): string =>
    `Bảng tính năm nay có lỗi ở “Cán bộ” hoặc “Lịch sử”, chưa nhập gì: ${lines.join('; ')}${more > 0 ? ` (và ${more} lỗi khác)` : ''}. Hãy sửa rồi nhập lại.`,
  lastYearPending: (source: string, awards: string[]): string =>
    `Tệp năm trước “${source}” còn người bằng điểm chờ Hội đồng quyết định (${awards.join(', ')}), chưa nhập gì. Hãy ghi quyết định của Hội đồng (bỏ phiếu ở trang tính “Phiếu”) trong tệp đó rồi nhập lại.`,
  missingColumns: (headers: string[]): string =>
    `Trang tính “Lịch sử” thiếu cột ${headers.map((h) => `“${h}”`).join(', ')}, nên chưa nhập gì (các giá trị đó sẽ bị mất). Hãy thêm cột vào hàng tiêu đề (hoặc chạy lại Thiết lập bảng tính) rồi nhập lại.`,
  noYear: (source: string): string =>
    `Tệp năm trước “${source}” chưa ghi “Năm học” ở trang tính “Cấu hình”. Hãy điền năm học vào tệp đó rồi nhập lại.`,
  noYearPhase: (source: string): string =>
    `Tệp năm trước “${source}” không có đợt loại “Cả năm” ở trang tính “Đợt thi đua”, nên không có kết quả cuối năm để nhập. Hãy chọn tệp của năm học đã tổng kết.`,
  matchedByName: (name: string, oldId: string, newId: string): string =>
    `“${name}”: mã năm trước “${oldId}” không còn, đã khớp theo họ tên và ngày sinh với mã “${newId}”; kiểm tra lại nếu không đúng người.`,
  unmatched: (name: string, id: string): string =>
    `Không tìm thấy “${name}” (mã năm trước “${id}”) trong “Cán bộ” năm nay theo mã, hay theo họ tên và ngày sinh; bỏ qua (người đã chuyển đi?) hoặc sửa mã rồi nhập lại.`,
};

/**
 * A finished year's final results: the awards of its year-end phase (tallied again from its workbook, as its
 * `Kết quả` sheet was made) per active staff member, and each one's rating. `source` names the file in messages.
 */
export function finalResults(data: SchoolData, source: string): { year: string; results: YearResult[] } | { error: string } {
  const year = data.config.schoolYear;
  if (year === '') return { error: HISTORY_MSG.noYear(source) };
  const phase = data.phases.find((p) => p.type === 'year');
  if (!phase) return { error: HISTORY_MSG.noYearPhase(source) };
  const tally = tallyPhase(data, phase.id);
  // the year's results as its council would have decided them, or nothing: an error in its tally (a mark out of
  // range, an unknown member) or a tie still waiting for the council would put a wrong title into `Lịch sử`
  const errors = tally.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    const lines = errors.slice(0, 5).map((p) => (p.where ? `${formatCell(p.where)}: ${p.message}` : p.message));
    return { error: HISTORY_MSG.lastYearErrors(source, lines, errors.length - lines.length) };
  }
  const pending = tally.awards.filter((a) => a.pending.length > 0);
  if (pending.length > 0)
    return {
      error: HISTORY_MSG.lastYearPending(
        source,
        pending.map((a) => a.name),
      ),
    };
  const names = new Map(tally.awards.map((a) => [key(a.code), a.name]));
  const awards = new Map(tally.participants.filter((p) => p.kind === 'staff').map((p) => [key(p.id), p.awards]));
  const results = data.staff
    .filter((s) => s.active)
    .map((s) => ({
      id: s.id,
      name: s.name,
      birthDate: s.birthDate,
      titles: (awards.get(key(s.id)) ?? []).map((code) => names.get(key(code)) ?? code),
      rating: s.rating === null ? '' : ratingName(s.rating),
    }));
  return { year, results };
}

const rowKey = (id: string, year: string, title: string): string => `${key(id)}|${key(year).replace(/\s*[-–—/]\s*/g, '-')}|${key(title)}`;

export function importYear(staff: Staff[], history: HistoryRow[], year: string, results: YearResult[]): HistoryImport {
  const byId = new Map(staff.map((s) => [key(s.id), s]));
  const byPerson = new Map<string, Staff[]>();
  for (const s of staff) {
    if (s.birthDate === '') continue;
    const k = `${key(s.name)}|${s.birthDate}`;
    byPerson.set(k, [...(byPerson.get(k) ?? []), s]);
  }
  const have = new Set(history.map((h) => rowKey(h.id, h.year, h.title)));
  const out: HistoryImport = { added: [], warnings: [], unmatched: [] };
  for (const r of results) {
    let person = byId.get(key(r.id));
    if (!person && r.birthDate !== '') {
      const candidates = byPerson.get(`${key(r.name)}|${r.birthDate}`) ?? [];
      // two people of the same name and birth date cannot be told apart: neither is taken
      if (candidates.length === 1) {
        person = candidates[0];
        out.warnings.push(HISTORY_MSG.matchedByName(r.name, r.id, person.id));
      }
    }
    if (!person) {
      out.unmatched.push(r);
      continue;
    }
    const titles = r.titles.length > 0 ? r.titles : r.rating !== '' ? [''] : [];
    for (const title of titles) {
      const k = rowKey(person.id, year, title);
      if (have.has(k)) continue;
      have.add(k);
      out.added.push({ id: person.id, name: r.name, birthDate: r.birthDate, year, title, rating: r.rating });
    }
  }
  return out;
}

// ── Đủ điều kiện đề nghị cấp trên (issue 16) ─────────────────────────────────────────────────────────────────

/** A title above the school that needs consecutive years (the school proposes it; it never decides it). */
export interface AboveSchoolTitle {
  code: string;
  name: string;
  /** codes or names of titles, or a rating (HTXSNV), one of which each year must hold, as `Lịch sử` writes them */
  priorTitles: string[];
  /** short name of what is needed, for the documents: `CSTĐCS`, `HTXSNV` */
  needLabel: string;
  years: number;
}

/** A staff member whose `Lịch sử` meets a title's consecutive years. */
export interface AboveSchoolCandidate {
  title: AboveSchoolTitle;
  staff: Staff;
  /** the school years of the run (first calendar year, oldest first) */
  run: number[];
}

/**
 * The law's consecutive years for the titles above the school that `Danh mục` may list without a `Khen thưởng`
 * row (Luật TĐKT 2022 Điều 21–22, 71–72; the province's rules may ask more): CSTĐ cấp tỉnh after 3 consecutive
 * CSTĐCS, the province's Bằng khen after 2 consecutive years of HTXSNV. The template marks them to be checked.
 */
function lawDefault(name: string): { prior: 'cstdcs' | 'HTXSNV'; years: number } | null {
  const n = plainName(name);
  if (n.includes('chien si thi dua cap tinh')) return { prior: 'cstdcs', years: 3 };
  // only the province's Bằng khen: one of a ministry or the Prime Minister asks more (Điều 71–72), so it needs its own rule
  if (n.includes('bang khen') && /\b(tinh|thanh pho truc thuoc trung uong)\b/.test(n)) return { prior: 'HTXSNV', years: 2 };
  return null;
}

/**
 * The titles above the school with a consecutive-years condition, in `Danh mục` order, then the `Khen thưởng` rules
 * not in it: a rule's own `Danh hiệu năm trước liên tục` / `Số năm liên tục` win over the law's default.
 */
export function aboveSchoolTitles(data: SchoolData): AboveSchoolTitle[] {
  const out: AboveSchoolTitle[] = [];
  const seen = new Set<string>();
  const cstdcs = [CSTDCS_NAME, ...data.catalog.filter((c) => titleKind(c.id, c.name, c.kind) === 'cstdcs').map((c) => c.id)];
  const add = (code: string, name: string, kind: Kind): void => {
    if (kind !== 'staff' || seen.has(key(code))) return;
    const rule = data.awards.find((a) => key(a.code) === key(code) && a.consecutiveYears !== null && a.priorTitles.length > 0);
    if (rule && rule.consecutiveYears !== null) {
      seen.add(key(code));
      out.push({ code, name, priorTitles: rule.priorTitles, needLabel: rule.priorTitles.join(', '), years: rule.consecutiveYears });
      return;
    }
    const law = lawDefault(name);
    if (law === null) return;
    seen.add(key(code));
    out.push(
      law.prior === 'cstdcs'
        ? { code, name, priorTitles: cstdcs, needLabel: 'CSTĐCS', years: law.years }
        : { code, name, priorTitles: [law.prior], needLabel: law.prior, years: law.years },
    );
  };
  for (const c of data.catalog) add(c.id, c.name, c.kind);
  for (const a of data.awards) if (a.consecutiveYears !== null && a.priorTitles.length > 0) add(a.code, a.name, a.kind);
  return out;
}

/** Per title above the school, the active staff whose `Lịch sử` holds its consecutive years (staff order). */
export function aboveSchoolCandidates(data: SchoolData): AboveSchoolCandidate[] {
  const out: AboveSchoolCandidate[] = [];
  const names = (code: string): string | undefined => titleName(data, code);
  for (const title of aboveSchoolTitles(data)) {
    for (const staff of data.staff) {
      if (!staff.active) continue;
      const run = consecutiveRun(pastOf(data, staff.id), data.config.schoolYear, title.priorTitles, names);
      if (run.length >= title.years) out.push({ title, staff, run: run.slice(-title.years) });
    }
  }
  return out;
}
