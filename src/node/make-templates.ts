// Regenerates the committed workbooks from their readable sources:
//   sheets-templates/demo.xlsx      ← sheets-templates/demo-school.ts
//   sheets-templates/template.xlsx  ← sheets-templates/template.ts (headers from src/workbook/schema.ts)
// Run: npm run templates [-- output folder]   (build/make-templates.js)
import { join, resolve } from 'node:path';
import { demoSheets } from '../../sheets-templates/demo-school';
import { templateSheets } from '../../sheets-templates/template';
import { writeXlsxFile } from './xlsx/index';

export const DEMO_FILE = 'demo.xlsx';
export const TEMPLATE_FILE = 'template.xlsx';

/** The built script lives in build/, the sources' folder is sheets-templates/ at the repository root. */
function defaultFolder(): string {
  return resolve(__dirname, '..', 'sheets-templates');
}

export function makeTemplates(folder: string): string[] {
  const written = [join(folder, DEMO_FILE), join(folder, TEMPLATE_FILE)];
  writeXlsxFile(written[0], demoSheets());
  writeXlsxFile(written[1], templateSheets());
  return written;
}

if (require.main === module) {
  const folder = process.argv[2] !== undefined ? resolve(process.argv[2]) : defaultFolder();
  for (const path of makeTemplates(folder)) console.log(`Đã ghi ${path}`);
}
