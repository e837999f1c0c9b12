// goToCell: select a problem's cell ('Sheet!A1', 'Sheet!B:B', 'Sheet!3:3' or 'Sheet') for the user.
import { columnNumber } from '../core/cellref';
import { SheetsWorkbook } from './sheets-workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function goToCell(ss: Spreadsheet, cell: string): boolean {
  const bang = cell.lastIndexOf('!');
  const sheetName = (bang > 0 ? cell.slice(0, bang) : cell).replace(/^'(.*)'$/, '$1');
  const sheet = ss.getSheetByName(sheetName) ?? new SheetsWorkbook(ss).sheet(sheetName);
  if (!sheet) return false;
  ss.setActiveSheet(sheet);
  if (bang < 0) return true;
  const ref = cell.slice(bang + 1).toUpperCase();
  const single = /^([A-Z]+)(\d+)$/.exec(ref);
  const column = /^([A-Z]+):\1$/.exec(ref);
  const row = /^(\d+):\1$/.exec(ref);
  if (single) sheet.getRange(Number(single[2]), columnNumber(single[1])).activate();
  else if (column) sheet.getRange(1, columnNumber(column[1])).activate();
  else if (row) sheet.getRange(Number(row[1]), 1).activate();
  else return false;
  return true;
}
