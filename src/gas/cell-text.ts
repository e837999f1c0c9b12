// Values on their way into Sheets. setValues() parses strings like typed input ('=x' is a formula, '0012' a
// number, '20/11' a date); an apostrophe in front keeps such a string literal, and Sheets does not show it.

const NEEDS_QUOTE = [
  /^[=+\-@']/, // formulas and their look-alikes (SPEC §6), and a leading apostrophe itself
  /^\s*[+-]?[\d.,\s]*\d[\d.,\s]*%?\s*$/, // numbers, with a decimal comma or a percent sign
  /^\s*\d{1,4}\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*\d{1,4})?\s*$/, // dates
  /^\s*\d{1,2}:\d{2}(:\d{2})?\s*$/, // times
  /^\s*(true|false)\s*$/i,
];

export function literalText(text: string): string {
  return NEEDS_QUOTE.some((re) => re.test(text)) ? `'${text}` : text;
}

/** A value as setValues() must receive it to store exactly this value. */
export function cellInput(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return literalText(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  return value;
}
