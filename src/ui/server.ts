// The one way the sidebar talks to the server: a typed promise over google.script.run.
// Only plain JSON crosses the boundary: Dates are refused on the way out, and a null answer (what Apps Script
// returns when a result holds a Date) is reported instead of being passed on.
import type { ServerApi } from '../workbook/api';
import { failure } from './messages';

export type ServerFunction = keyof ServerApi;
export type ServerArgs<K extends ServerFunction> = Parameters<ServerApi[K]>;
export type ServerResult<K extends ServerFunction> = ReturnType<ServerApi[K]>;

/** The part of google.script.run the sidebar uses. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

interface GoogleGlobal {
  google?: { script?: { run?: ScriptRunner } };
}

/** A failed server call, with the message to show the user. */
export class ServerCallError extends Error {
  constructor(
    readonly fn: ServerFunction,
    readonly userMessage: string,
    readonly detail: string,
  ) {
    super(userMessage);
    this.name = 'ServerCallError';
  }
}

export function findRunner(scope: unknown = globalThis): ScriptRunner | null {
  return (scope as GoogleGlobal).google?.script?.run ?? null;
}

export function containsDate(value: unknown, depth = 0): boolean {
  if (value instanceof Date) return true;
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.values(value as Record<string, unknown>).some((v) => containsDate(v, depth + 1));
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return '';
}

/**
 * The Vietnamese message for a failure: Apps Script's own English errors are translated; a message from our
 * server code (already Vietnamese) is shown as it is.
 */
export function describeFailure(fn: ServerFunction, error: unknown): string {
  const raw = errorText(error)
    .replace(/^(Exception|Error|ScriptError):\s*/i, '')
    .trim();
  const heading = failure.heading(failure.action[fn] ?? fn);
  const known: [RegExp, string][] = [
    [/NetworkError|Failed to fetch|network|connection/i, failure.network],
    [
      /authori[sz]ation is required|PERMISSION_DENIED|unauthori[sz]ed|we're sorry, a server error occurred|access denied/i,
      failure.authorization,
    ],
    [/permission|không có quyền|protected/i, failure.permission],
    [/\block\b|too many simultaneous|busy/i, failure.busy],
    [/exceeded maximum execution time|timed? ?out|quá thời gian/i, failure.timeout],
  ];
  for (const [pattern, message] of known) {
    if (pattern.test(raw)) return `${heading} ${message}`;
  }
  // our own (Vietnamese) messages say what to do next; anything else gets the general advice
  return `${heading} ${failure.withNextStep(raw || failure.unknown)}`;
}

/** Call a server function; resolves with its result or rejects with a ServerCallError. */
export function callServer<K extends ServerFunction>(fn: K, ...args: ServerArgs<K>): Promise<ServerResult<K>> {
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => reject(new ServerCallError(fn, describeFailure(fn, error), errorText(error)));
    const runner = findRunner();
    if (!runner) {
      reject(new ServerCallError(fn, `${failure.heading(failure.action[fn])} ${failure.noConnection}`, ''));
      return;
    }
    if (args.some((a) => containsDate(a))) {
      fail(new Error('Date argument'));
      return;
    }
    const call = runner
      .withSuccessHandler((value) => {
        if ((value === null || value === undefined) && fn !== 'goToCell') {
          reject(new ServerCallError(fn, `${failure.heading(failure.action[fn])} ${failure.emptyResult}`, 'null'));
        } else {
          resolve(value as ServerResult<K>);
        }
      })
      .withFailureHandler(fail) as unknown as Record<string, (...a: unknown[]) => void>;
    try {
      call[fn](...args);
    } catch (error) {
      fail(error);
    }
  });
}
