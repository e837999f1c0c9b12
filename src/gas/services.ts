// The Apps Script services the shell uses, passed explicitly so that tests and the benchmark can hand in a fake.
export interface GasServices {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  /** the time in ms (Date.now when absent): tests hand in a clock that advances with every service call */
  now?: () => number;
}

/**
 * An Apps Script execution is stopped after 6 minutes. A tally or a card creation stops before writing when what
 * is left to do would end past this budget, keeping a minute for the log line and the reply.
 */
export const TIME_BUDGET_MS = 300_000;

/** ms since `started`, on the services' clock */
export function elapsedSince(services: GasServices, started: number): number {
  return (services.now?.() ?? Date.now()) - started;
}

/** The real services (the Apps Script globals), looked up when called. */
export function globalServices(): GasServices {
  return { SpreadsheetApp, LockService, PropertiesService, Session, Utilities, HtmlService };
}

/** An error whose message is meant for the user as is (Vietnamese), not a bug. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** Another user holds the lock: nothing was done (and nothing is logged). */
export class BusyError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'BusyError';
  }
}
