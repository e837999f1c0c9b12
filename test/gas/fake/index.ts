// The in-memory Apps Script fake: import from here.
export * from './spreadsheet';
export * from './services';
export * from './sheets-api';
export * from './drive';
export * from './script-app';
