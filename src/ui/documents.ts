// The documents the Xuất tab offers, and the one function that asks the server for one of them.
// The server lists its export documents (src/documents/registry.ts) in getOverview and serves exportDocument.
import type { ExportView, OverviewView } from '../workbook/api';
import { callServer } from './server';

export interface DocumentChoice {
  id: string;
  label: string;
  /** a document of one phase (the picker's) rather than of the whole school year */
  needsPhase: boolean;
}

/** The documents to offer, in the server's order (the registry's export documents, from getOverview). */
export function availableDocuments(overview: OverviewView | null): DocumentChoice[] {
  return (overview?.documents ?? []).map((d) => ({ id: d.id, label: d.label, needsPhase: d.needsPhase }));
}

/** Export one document (of `phaseId` when it needs a phase). */
export function exportDocument(id: string, phaseId: string): Promise<ExportView> {
  return phaseId === '' ? callServer('exportDocument', id) : callServer('exportDocument', id, phaseId);
}
