// The wording rules of the Apps Script shell's texts (house rules): names in “ ” quotes (never « » or "…"), a sheet
// is a “trang tính”, and every error or warning says what to do next.
import { EXPORT_MSG, MSG } from '../../src/gas/messages';

type Texts = Record<string, unknown>;

/** Every text of a messages object, functions called with sample arguments. */
function texts(messages: Texts, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([name, value]): [string, string][] => {
    const at = `${prefix}${name}`;
    if (typeof value === 'string') return [[at, value]];
    if (Array.isArray(value)) return value.map((v, i): [string, string] => [`${at}[${i}]`, String(v)]);
    if (typeof value === 'function') {
      const fn = value as (...a: unknown[]) => unknown;
      const n = Math.max(fn.length, 1);
      // sample arguments of every kind the texts take; a sample of the wrong kind for a function throws and is skipped
      const samples = [
        Array.from({ length: n }, () => 'X'),
        Array.from({ length: n }, () => 3),
        Array.from({ length: n }, () => ['D1', 'D2']),
        Array.from({ length: n }, (_, i) => (i === 1 ? ['D1', 'D2'] : i === 0 ? 'X' : 3)),
        Array.from({ length: n }, (_, i) => (i === 0 ? ['D1'] : i < 3 ? 3 : ['W'])),
      ].flatMap((args) => {
        try {
          return [String(fn(...args))];
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
          return [];
        }
      });
      expect(samples.length).toBeGreaterThan(0);
      return samples.map((text, i): [string, string] => [`${at}#${i}`, text]);
    }
    if (value && typeof value === 'object') return texts(value as Texts, `${at}.`);
    return [];
  });
}

const ALL = [...texts(MSG as unknown as Texts, 'MSG.'), ...texts(EXPORT_MSG as unknown as Texts, 'EXPORT_MSG.')];

const ERRORS = [
  'busy',
  'unknownPhase',
  'noMembers',
  'noCriteria',
  'noAwards',
  'memberWithoutEmail',
  'memberEmailRefused',
  'sheetLocked',
  'timeZone',
  'unexpected',
  'writeFailed',
  'readFailed',
  'tallyOverBudget',
  'logLineMissing',
  'logLineFailed',
  'sheetsFailed',
  'setupFailed',
  'sheetsReadFailed',
  'cardsOverBudget',
  'cardsStopped',
  'tallyNotWritten',
  'setupHint',
].map((n) => `MSG.${n}`);
const EXPORT_ERRORS = [
  'folderUnavailable',
  'folderCreated',
  'pdfLayoutNotApplied',
  'knownFilesUnreadable',
  'missingRecipientEmail',
  'shareFailed',
  'unknownChoice',
  'failed',
  'readFailed',
  'driveServiceOff',
].map((n) => `EXPORT_MSG.${n}`);

test('the texts are many (the sampling reaches them)', () => {
  expect(ALL.length).toBeGreaterThan(60);
});

test.each(ALL)('%s: “ ” quotes, “trang tính”', (_name, text) => {
  expect(text).not.toMatch(/[«»"]/);
  expect(text).not.toMatch(/\bsheets?\b/i);
});

test.each([...ERRORS, ...EXPORT_ERRORS])('%s says what to do next', (name) => {
  const found = ALL.filter(([at]) => at === name || at.startsWith(`${name}#`));
  expect(found.length).toBeGreaterThan(0);
  for (const [, text] of found) expect(text).toMatch(/(^|[.:;] |\n)(Hãy|hãy) |, hãy |\. Hãy /);
});
