// The add-on menu: labels (Vietnamese) and the global function each item calls.
export interface MenuItem {
  label: string;
  handler: string;
}
export interface SubMenu {
  label: string;
  items: MenuItem[];
}
export type MenuEntry = MenuItem | SubMenu | 'separator';

export const MENU: MenuEntry[] = [
  { label: 'Mở bảng điều khiển', handler: 'showSidebar' },
  'separator',
  { label: 'Thiết lập bảng tính', handler: 'setupWorkbook' },
  { label: 'Tạo phiếu chấm cho một đợt…', handler: 'createScoreCards' },
  { label: 'Tạo phiếu biểu quyết cho một đợt…', handler: 'createVoteSheets' },
  'separator',
  { label: 'Kiểm tra dữ liệu', handler: 'checkData' },
  { label: 'Tính kết quả một đợt…', handler: 'tallyPhase' },
  // one item for every document of the registry: it asks which one (and the phase), so that a new document
  // needs no new global function
  { label: 'Xuất văn bản…', handler: 'exportDocumentFromMenu' },
  { label: 'Nhập kết quả năm trước', handler: 'importLastYear' },
  { label: 'Thu thập hồ sơ các trường', handler: 'collectSchools' },
  'separator',
  { label: 'Hướng dẫn sử dụng', handler: 'showHelp' },
];

/** Triggers Apps Script calls by name. */
export const TRIGGERS = ['onOpen', 'onInstall', 'continueConsolidation'] as const;

export function menuHandlers(entries: MenuEntry[] = MENU): string[] {
  const names: string[] = [];
  for (const entry of entries) {
    if (entry === 'separator') continue;
    if ('items' in entry) names.push(...menuHandlers(entry.items));
    else names.push(entry.handler);
  }
  return names;
}
