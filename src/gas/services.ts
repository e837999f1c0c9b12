// The Apps Script services the shell uses, passed explicitly so that tests and the benchmark can hand in a fake.
export interface GasServices {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
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
