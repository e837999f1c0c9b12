// SERVER_FUNCTIONS (src/workbook/api.ts) lists every ServerApi function, and nothing else: `satisfies` refuses an
// extra name at compile time; the type below refuses a missing one (npm test runs tsc); the implementations of
// Apps Script and of the dev server are checked against the list at run time.
import { serverApi } from '../../src/gas/server';
import { localServerApi } from '../../src/node/local-api';
import { SERVER_FUNCTIONS } from '../../src/workbook/api';
import type { ServerApi } from '../../src/workbook/api';
import { createFakeServices } from '../gas/fake';

type Unlisted = Exclude<keyof ServerApi, (typeof SERVER_FUNCTIONS)[number]>;
/** a ServerApi function missing from SERVER_FUNCTIONS makes this a compile error naming it */
const everyFunctionListed: [Unlisted] extends [never] ? true : Unlisted = true;

const sorted = (names: Iterable<string>): string[] => [...names].sort();

describe('SERVER_FUNCTIONS', () => {
  test('names each function once', () => {
    expect(everyFunctionListed).toBe(true);
    expect(new Set(SERVER_FUNCTIONS).size).toBe(SERVER_FUNCTIONS.length);
  });

  test('is exactly what the Apps Script shell serves', () => {
    expect(sorted(Object.keys(serverApi(createFakeServices())))).toEqual(sorted(SERVER_FUNCTIONS));
  });

  test('is exactly what the dev server serves', () => {
    expect(sorted(Object.keys(localServerApi('unused.xlsx')))).toEqual(sorted(SERVER_FUNCTIONS));
  });
});
