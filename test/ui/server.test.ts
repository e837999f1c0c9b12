import { callServer, containsDate, describeFailure, ServerCallError, type ScriptRunner } from '../../src/ui/server';
import { failure } from '../../src/ui/messages';
import { OVERVIEW } from './fixtures';

type Handler = (value: unknown) => void;

/** A google.script.run look-alike whose functions answer through `answer`. */
function installRunner(answer: (fn: string, args: unknown[], ok: Handler, fail: Handler) => void): string[] {
  const calls: string[] = [];
  const make = (ok: Handler, fail: Handler): ScriptRunner =>
    new Proxy({} as ScriptRunner, {
      get(_t, name: string) {
        if (name === 'withSuccessHandler') return (f: Handler) => make(f, fail);
        if (name === 'withFailureHandler') return (f: Handler) => make(ok, f);
        return (...args: unknown[]) => {
          calls.push(name);
          answer(name, args, ok, fail);
        };
      },
    });
  (globalThis as { google?: unknown }).google = {
    script: {
      run: make(
        () => undefined,
        () => undefined,
      ),
    },
  };
  return calls;
}

afterEach(() => {
  delete (globalThis as { google?: unknown }).google;
});

describe('callServer', () => {
  it('resolves with what the success handler receives, passing the arguments', async () => {
    const seen: unknown[][] = [];
    installRunner((fn, args, ok) => {
      seen.push([fn, ...args]);
      setTimeout(() => ok(fn === 'getOverview' ? OVERVIEW : true), 0);
    });
    await expect(callServer('getOverview')).resolves.toEqual(OVERVIEW);
    await expect(callServer('goToCell', 'Cán bộ!B3')).resolves.toBe(true);
    expect(seen).toEqual([['getOverview'], ['goToCell', 'Cán bộ!B3']]);
  });

  it('rejects with a Vietnamese message naming the action and the server message', async () => {
    installRunner((_fn, _args, _ok, fail) => fail(new Error('Không tìm thấy đợt "D9"')));
    const error = await callServer('runTally', 'D9').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerCallError);
    expect((error as ServerCallError).userMessage).toBe(`${failure.heading(failure.action.runTally)} Không tìm thấy đợt "D9"`);
  });

  it('reports a null answer (what Apps Script sends for a Date in the result) instead of passing it on', async () => {
    installRunner((_fn, _args, ok) => ok(null));
    const error = (await callServer('validateData').catch((e: unknown) => e)) as ServerCallError;
    expect(error.userMessage).toContain(failure.emptyResult);
  });

  it('fails clearly when google.script.run is absent or throws', async () => {
    const absent = (await callServer('getOverview').catch((e: unknown) => e)) as ServerCallError;
    expect(absent.userMessage).toContain(failure.noConnection);
    installRunner(() => {
      throw new Error('NetworkError: Connection failure due to HTTP 0');
    });
    const thrown = (await callServer('exportDocument', 'tong-hop-dang-ky').catch((e: unknown) => e)) as ServerCallError;
    expect(thrown.userMessage).toContain(failure.network);
  });
});

describe('describeFailure', () => {
  it('translates Apps Script errors and keeps ours', () => {
    expect(describeFailure('runTally', new Error('Exceeded maximum execution time'))).toContain(failure.timeout);
    expect(describeFailure('runTally', new Error('Authorization is required to perform that action.'))).toContain(failure.authorization);
    expect(describeFailure('runTally', 'ScriptError: Lock timeout')).toContain(failure.busy);
    expect(describeFailure('validateData', { message: 'Thiếu trang "Cán bộ"' })).toContain('Thiếu trang "Cán bộ"');
    expect(describeFailure('validateData', undefined)).toContain(failure.unknown);
  });

  it('ends every message with what to do next: an untranslated error gets the general advice, ours stay as they are', () => {
    expect(describeFailure('runTally', new Error('Service Spreadsheets failed while accessing document'))).toBe(
      `${failure.heading(failure.action.runTally)} Service Spreadsheets failed while accessing document. ${failure.retry}`,
    );
    expect(describeFailure('validateData', undefined)).toBe(
      `${failure.heading(failure.action.validateData)} ${failure.unknown} ${failure.retry}`,
    );
    const ours = 'Thiếu trang tính “Cán bộ”. Hãy thêm trang tính “Cán bộ” rồi kiểm tra lại.';
    expect(describeFailure('validateData', new Error(ours))).toBe(`${failure.heading(failure.action.validateData)} ${ours}`);
  });
});

describe('containsDate', () => {
  it('finds a Date anywhere in a value', () => {
    expect(containsDate({ a: [1, { b: new Date(0) }] })).toBe(true);
    expect(containsDate({ a: [1, { b: '2025-01-01' }] })).toBe(false);
  });
});
