// The Apps Script entry points: the only module that exposes globals (scripts/build.mjs turns every
// `global.name = …` into a top-level function Apps Script can call by name).
import type { ServerApi } from '../workbook/api';
import { Handlers, OpenEvent, onOpen as openAddon } from './addon';
import { serverApi } from './server';
import { globalServices } from './services';
import { shareWithCouncil } from './sharing';
import { collectFromMenu, continueFromTrigger } from './consolidate';
import { importHistoryFromMenu } from './history';

declare const global: Record<string, unknown>;

function handlers(): Handlers {
  const services = globalServices();
  return new Handlers(services, serverApi(services));
}

function api(): ServerApi {
  return serverApi(globalServices());
}

// Triggers
function onOpen(e?: OpenEvent): void {
  openAddon(globalServices(), e);
}
function onInstall(e?: OpenEvent): void {
  onOpen(e);
}
global.onOpen = onOpen;
global.onInstall = onInstall;

// Menu handlers
global.showSidebar = () => handlers().showSidebar();
global.setupWorkbook = () => handlers().setupWorkbook();
global.createScoreCards = () => handlers().createScoreCards();
global.createVoteSheets = () => handlers().createVoteSheets();
global.checkData = () => handlers().checkData();
global.tallyPhase = () => handlers().tallyPhase();
global.exportDocumentFromMenu = () => handlers().exportDocumentFromMenu();
global.showHelp = () => handlers().showHelp();
global.importLastYear = () => importHistoryFromMenu(globalServices());
global.collectSchools = () => collectFromMenu();
global.continueConsolidation = () => continueFromTrigger();

// Server functions for the sidebar (google.script.run)
global.getOverview = () => api().getOverview();
global.validateData = () => api().validateData();
global.runTally = (phaseId: string) => api().runTally(phaseId);
global.exportDocument = (id: string, phaseId?: string) => api().exportDocument(id, phaseId);
global.goToCell = (cell: string) => api().goToCell(cell);
global.getCollectionProgress = () => api().getCollectionProgress();
global.shareWithCouncil = () => shareWithCouncil(globalServices()); // the sharing dialog after "Tạo phiếu chấm"
