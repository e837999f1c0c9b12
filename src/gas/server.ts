// The sidebar's server functions (src/workbook/api.ts ServerApi) over the active spreadsheet.
import type { ServerApi } from '../workbook/api';
import { getOverview, validateData } from '../workbook/service';
import { collectionProgress, collectionStopped } from './consolidate';
import { exportDocumentGas } from './exports';
import { goToCell } from './navigation';
import type { GasServices } from './services';
import { SheetsWorkbook } from './sheets-workbook';
import { tallyInSheets } from './tally';

export function serverApi(services: GasServices): ServerApi {
  const active = () => services.SpreadsheetApp.getActiveSpreadsheet();
  return {
    getOverview: () => getOverview(new SheetsWorkbook(active())),
    validateData: () => validateData(new SheetsWorkbook(active())),
    runTally: (phaseId: string) => tallyInSheets(services, String(phaseId)),
    exportDocument: (id: string, phaseId?: string) => exportDocumentGas(id, phaseId),
    goToCell: (cell: string) => goToCell(active(), String(cell)),
    getCollectionProgress: () => {
      // the run's state is kept in the document's properties by the collection (consolidate.ts)
      const properties = services.PropertiesService.getDocumentProperties();
      const host = {
        properties: {
          get: (k: string) => properties.getProperty(k),
          set: (k: string, v: string) => void properties.setProperty(k, v),
          remove: (k: string) => void properties.deleteProperty(k),
        },
      };
      return { progress: collectionProgress(host), stopped: collectionStopped(host) };
    },
  };
}
