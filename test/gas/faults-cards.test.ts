// Issue 12: a throw at every k-th service call of a score-card creation (k = 1 … its calls): the input sheets are
// identical afterwards, no card is half-made under its real name, `Nhật ký` records the failure, the lock is
// released, and the next run leaves exactly what a run without a fault makes (no temporary sheet). Then the
// 6-minute budget.
import { CARD_MS, createScoreCards, createVoteSheets } from '../../src/gas/cards';
import { MSG } from '../../src/gas/messages';
import { TIME_BUDGET_MS } from '../../src/gas/services';
import { smallSchool } from './school';
import { callNames, failingAt, FAILURE_COLUMN, isTemporary, logRows, sheetState, spreadsheetState, temporarySheets } from './sweep';

const isCard = (name: string): boolean => /^(Chấm|Phiếu) /.test(name);
const isInput = (name: string): boolean => !isCard(name) && !isTemporary(name) && name !== 'Nhật ký';
const made = (name: string): boolean => isCard(name);

type Services = ReturnType<typeof smallSchool>;

function school(): Services {
  const services = smallSchool();
  // a unit criterion too: unit cards as well as staff cards
  services.spreadsheet.sheet('Tiêu chí').load([['TT01', 'Phong trào', 'Tập thể', 10]], 4);
  return services;
}

describe.each([
  ['score cards', (s: Services) => createScoreCards(s, 'D1'), MSG.log.cards],
  ['vote sheets', (s: Services) => createVoteSheets(s, 'D1'), MSG.log.votes],
])('%s: a throw at every service call', (_what, run, action) => {
  const clean = school();
  const calls = callNames(clean, () => run(clean)).length;
  const cleanCards = spreadsheetState(clean.spreadsheet, made);
  const EVERY_K = Array.from({ length: calls }, (_, i) => i + 1);

  test('the sweep has something to sweep', () => {
    expect(calls).toBeGreaterThan(20);
    expect(cleanCards.length).toBeGreaterThan(0);
  });

  test.each(EVERY_K)('k = %i', (k) => {
    const services = school();
    const inputs = spreadsheetState(services.spreadsheet, isInput);
    const error = failingAt(services, k, () => run(services));
    expect(spreadsheetState(services.spreadsheet, isInput)).toEqual(inputs);
    if (k < calls) expect(services.LockService.documentLock.holder).toBeNull();
    else services.LockService.documentLock.holder = null; // releaseLock itself failed: released when the execution ends
    // a card under its real name is whole (made under a temporary name, named last)
    const cleanOf = new Map(cleanCards);
    for (const sheet of services.spreadsheet.sheets.filter((s) => made(s.name))) expect(sheetState(sheet)).toEqual(cleanOf.get(sheet.name));
    if (error) {
      expect(error.message).toMatch(/Hãy chạy lại/);
      const last = logRows(services.spreadsheet).at(-1) ?? [];
      expect(last.slice(2, 4)).toEqual([action, 'D1']);
      expect(last[FAILURE_COLUMN]).toBe(error.message);
    } else expect(spreadsheetState(services.spreadsheet, made)).toEqual(cleanCards);
    run(services);
    expect(spreadsheetState(services.spreadsheet, made)).toEqual(cleanCards);
    expect(temporarySheets(services.spreadsheet)).toEqual([]);
    expect(spreadsheetState(services.spreadsheet, isInput)).toEqual(inputs);
  });
});

describe('score cards and the 6-minute limit', () => {
  const timed = (services: Services, msPerCall: number) => ({
    ...services,
    now: () => services.clock.ms + services.calls.total * msPerCall,
  });

  test('the estimate per card is above what a new card costs at 100 ms a call (the benchmark’s figure)', () => {
    const services = school();
    const calls = callNames(services, () => createScoreCards(services, 'D1')).length;
    const cards = services.spreadsheet.sheets.filter((s) => s.name.startsWith('Chấm')).length;
    expect(cards).toBe(6);
    expect((calls / cards) * 100).toBeLessThan(CARD_MS);
  });

  test('no time left for even one card: stops before making any, says so and logs it', () => {
    const services = school();
    services.calls.reset();
    const slow = { ...services, now: () => (services.calls.total > 0 ? TIME_BUDGET_MS - CARD_MS / 2 : 0) };
    const before = spreadsheetState(services.spreadsheet);
    expect(() => createScoreCards(slow, 'D1')).toThrow(
      /^Đã dừng trước khi tạo phiếu: lần chạy này đã mất 298 giây, tạo một phiếu cần thêm khoảng 4 giây.*Chưa tạo gì\. Hãy chạy lại/,
    );
    const after = spreadsheetState(services.spreadsheet, (name) => name !== 'Nhật ký');
    expect(after).toEqual(before);
    expect(String(logRows(services.spreadsheet).at(-1)?.[FAILURE_COLUMN])).toMatch(/^Đã dừng trước khi tạo phiếu/);
  });

  test('slower than estimated: stops between two cards, each card whole; the next run makes the rest', () => {
    const services = school();
    services.calls.reset();
    // 2 s a call: the budget runs out after a few cards, though the estimate said they would fit
    const slow = timed(services, 2_000);
    const clean = school();
    createScoreCards(clean, 'D1');
    let message = '';
    try {
      createScoreCards(slow, 'D1');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Đã tạo xong \d\/6 phiếu thì dừng để không vượt giới hạn 6 phút.*Hãy chạy lại Tạo phiếu chấm/);
    const cleanOf = new Map(spreadsheetState(clean.spreadsheet, made));
    const cards = services.spreadsheet.sheets.filter((s) => made(s.name));
    expect(cards.length).toBeLessThan(6);
    for (const sheet of cards) expect(sheetState(sheet)).toEqual(cleanOf.get(sheet.name));
    createScoreCards(services, 'D1');
    expect(spreadsheetState(services.spreadsheet, made)).toEqual(spreadsheetState(clean.spreadsheet, made));
  });
});
