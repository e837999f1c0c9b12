// The sidebar's server functions over an .xlsx file, for the dev server. The file is re-opened on every call so
// that edits made meanwhile (in a spreadsheet program) show up; nothing is ever written back to it.
import { mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ExportView } from '../workbook/api';
import { getOverview, runTally, validateData } from '../workbook/service';
import { openXlsx } from './xlsx/index';
import { exportDocumentFiles } from './export';
import type { ServerApiImpl } from './dev-server';

export interface LocalApiOptions {
  /** where exports (and a copy of the workbook with the results sheet) are written; default ./out */
  outDir?: string;
  /** turns a written file's path into the link the sidebar shows (the dev server serves them under /files/) */
  linkFor?: (path: string) => string;
}

export function localServerApi(file: string, options: LocalApiOptions = {}): ServerApiImpl {
  const outDir = options.outDir ?? 'out';
  const linkFor = options.linkFor ?? ((path: string) => path);
  const withLinks = (view: ExportView): ExportView => ({
    ...view,
    links: view.links.map((l) => ({ label: l.label, url: linkFor(l.url) })),
  });
  return {
    getOverview: () => getOverview(openXlsx(file)),
    validateData: () => validateData(openXlsx(file)),
    runTally: async (phaseId) => {
      const wb = openXlsx(file);
      const view = runTally(wb, phaseId, { write: true });
      if (view.resultSheet) {
        // The results go into a copy: the input file stays as the user left it.
        mkdirSync(outDir, { recursive: true });
        wb.saveAs(join(outDir, `${basename(file, extname(file))} - ${view.resultSheet}.xlsx`));
      }
      return view;
    },
    exportDocument: async (id, phaseId) => {
      mkdirSync(outDir, { recursive: true });
      return withLinks(await exportDocumentFiles(file, id, phaseId, outDir));
    },
    goToCell: () => false,
    // an .xlsx has no document properties and the dev server never collects schools' summaries: nothing runs
    getCollectionProgress: () => ({ progress: null, stopped: false }),
  };
}
