// The documents the Xuất tab offers, and the one function that asks the server for one of them.
// Until the server lists its documents (src/documents/registry.ts DOCUMENTS) and serves `exportDocument(id,
// phaseId?)`, the list is the two exports of today and the adapter calls their two functions; at the merge only
// `availableDocuments` and `exportDocument` change.
import type { ExportView, OverviewView } from '../workbook/api';
import { callServer } from './server';

export interface DocumentChoice {
  id: string;
  label: string;
  /** a document of one phase (the picker's) rather than of the whole school year */
  needsPhase: boolean;
}

const LOCAL_DOCUMENTS: readonly DocumentChoice[] = [
  { id: 'tong-hop-dang-ky', label: 'Tổng hợp đăng ký thi đua', needsPhase: false },
  { id: 'de-nghi', label: 'Danh sách đề nghị khen thưởng', needsPhase: true },
];

/** The documents to offer, in the server's order. */
export function availableDocuments(overview: OverviewView | null): DocumentChoice[] {
  void overview; // the server's list will come with the overview
  return [...LOCAL_DOCUMENTS];
}

/** Export one document (of `phaseId` when it needs a phase). */
export function exportDocument(id: string, phaseId: string): Promise<ExportView> {
  if (id === 'tong-hop-dang-ky') return callServer('exportSummary');
  if (id === 'de-nghi') return callServer('exportProposals', phaseId);
  return Promise.reject(new Error(`Tài liệu “${id}” chưa xuất được từ bảng điều khiển này. Hãy dùng menu Tiện ích.`));
}
