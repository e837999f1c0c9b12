// Pure formatting helpers for the sidebar: Vietnamese numbers and dates, HTML escaping.

let scoreDecimals = 2;

/** The school's `Số chữ số thập phân`, from the last tally: the default number of decimals shown. */
export function setScoreDecimals(decimals: number): void {
  if (Number.isInteger(decimals) && decimals >= 0 && decimals <= 10) scoreDecimals = decimals;
}

/** 78.5 → '78,50'; 1234.5 → '1.234,50'. Half away from zero, like the engine. null → '—'. */
export function formatNumber(value: number | null, decimals = scoreDecimals): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
  const negative = rounded < 0;
  const [whole, fraction] = Math.abs(rounded).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** An aggregate or mark: as few decimals as it needs, at most `decimals` (18.5 → '18,5', 9 → '9'). */
export function formatMark(value: number | null, decimals = scoreDecimals): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const full = formatNumber(value, decimals);
  return full.includes(',') ? full.replace(/,?0+$/, '') : full;
}

/** 'yyyy-mm-dd' → 'dd/mm/yyyy'; anything else is returned as it is. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** '01/09/2025 – 30/11/2025', or one side, or ''. */
export function formatPeriod(from: string, to: string): string {
  if (from && to) return `${formatDate(from)} – ${formatDate(to)}`;
  return formatDate(from || to);
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text (from the workbook, so untrusted) made safe for HTML content and attribute values. */
export function esc(value: string | number | null | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/** Median of numbers (mean of the two middle ones for an even count); null when empty. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** '2025-2026' (or 'Năm học 2025-2026') → '2025 – 2026' (spaced en dash); anything else as it is. */
export function formatYears(years: string): string {
  const match = /^\s*(?:năm học\s*)?(\d{4})\s*[-–—/]\s*(\d{4})\s*$/iu.exec(years);
  return match ? `${match[1]} – ${match[2]}` : years.trim();
}

/** A phase name split at its first “ – ”: 'Đợt 1 – Chào mừng 20/11' → ['Đợt 1', 'Chào mừng 20/11']. */
export function splitPhaseName(name: string): [string, string] {
  const at = name.search(/\s[–—-]\s/);
  if (at <= 0) return [name.trim(), ''];
  return [name.slice(0, at).trim(), name.slice(at + 3).trim()];
}

/** hh:mm of a time, as shown beside an export. */
export function formatTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
