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
  {
    label: 'Xuất báo cáo',
    items: [
      { label: 'Tổng hợp đăng ký thi đua', handler: 'exportSummaryFromMenu' },
      { label: 'Danh sách đề nghị khen thưởng…', handler: 'exportProposalsFromMenu' },
    ],
  },
  { label: 'Thu thập hồ sơ các trường', handler: 'collectSchools' },
  'separator',
  { label: 'Hướng dẫn sử dụng', handler: 'showHelp' },
];

/** Triggers Apps Script calls by name. */
export const TRIGGERS = ['onOpen', 'onInstall', 'continueConsolidation'] as const;

/** Functions the sidebar calls through google.script.run (see src/workbook/api.ts ServerApi). */
export const SERVER_FUNCTIONS = [
  'getOverview',
  'validateData',
  'runTally',
  'exportSummary',
  'exportProposals',
  'goToCell',
] as const;

export function menuHandlers(entries: MenuEntry[] = MENU): string[] {
  const names: string[] = [];
  for (const entry of entries) {
    if (entry === 'separator') continue;
    if ('items' in entry) names.push(...menuHandlers(entry.items));
    else names.push(entry.handler);
  }
  return names;
}
