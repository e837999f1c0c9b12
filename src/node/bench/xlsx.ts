// The .xlsx adapter on the goal workbook (2 000 staff × 15 members × 30 criteria): file size, open + read every
// sheet (ours, and exceljs once for comparison), add a results-like sheet and save.
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CellValue, OutputSheet } from '../../workbook/port';
import { openXlsx, writeXlsxFile } from '../xlsx/index';
import { syntheticWorkbookSheets } from './synthetic-xlsx';
import type { BenchResult } from './section';

const ms = (t: number) => `${t.toFixed(0).padStart(6)} ms`;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Wall time and CPU time of each run; the median of the runs after a warm-up. */
function measure(runs: number, run: () => void): { wall: number; cpu: number } {
  const results: { wall: number; cpu: number }[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const c0 = cpuMs();
    run();
    if (i > 0) results.push({ wall: performance.now() - t0, cpu: cpuMs() - c0 });
  }
  const median = (k: 'wall' | 'cpu') => results.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
  return { wall: median('wall'), cpu: median('cpu') };
}

/** A sheet shaped like `Kết quả D1`: one row per staff member, a dozen columns, a styled header. */
function resultsLikeSheet(staffRows: CellValue[][]): OutputSheet {
  const rows: CellValue[][] = [
    ['Hạng', 'Mã', 'Họ và tên', 'Đơn vị', 'Điểm', 'Tổng thô', 'Xếp loại', 'Trạng thái', 'LDTT', 'GKDX', 'Lý do'],
  ];
  staffRows.forEach((r, i) =>
    rows.push([
      i + 1,
      r[0],
      r[1],
      r[2],
      80 + (i % 200) / 10,
      160 + (i % 300) / 10,
      'Tốt',
      'ok',
      'x',
      i % 10 ? '' : 'x',
      i % 10 ? 'Xếp sau chỉ tiêu của tổ (2/2)' : '',
    ]),
  );
  return {
    name: 'Kết quả D1',
    rows,
    styles: [
      { range: { row: 1, col: 1, cols: 11 }, style: { bold: true, fill: '#D9E2F3', border: 'all', align: 'center', wrap: true } },
      { range: { row: 2, col: 5, rows: staffRows.length, cols: 2 }, style: { numberFormat: '0.00' } },
    ],
    columnWidths: [50, 80, 200, 60, 70, 70, 90, 90, 60, 60, 260],
    frozenRows: 1,
    page: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: true,
      margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4 },
      repeatRows: { first: 1, last: 1 },
    },
  };
}

export async function benchXlsx(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-bench-xlsx-'));
  try {
    const input = join(dir, 'truong-2000.xlsx');
    const output = join(dir, 'ket-qua.xlsx');
    const sheets = syntheticWorkbookSheets(2000, 15, 30);
    const t0 = performance.now();
    writeXlsxFile(input, sheets);
    const writeNew = performance.now() - t0;
    const lines = [
      `file: 2 000 staff × 15 members × 30 criteria (900 000 marks), ${sheets.length} sheets, ${(statSync(input).size / 1e6).toFixed(1)} MB`,
    ];
    lines.push(`  write the whole workbook (new file)      ${ms(writeNew)}`);

    let cells = 0;
    const read = measure(4, () => {
      cells = 0;
      const wb = openXlsx(input);
      for (const name of wb.sheetNames()) for (const row of wb.read(name)?.values ?? []) cells += row.length;
    });
    lines.push(`  open + read every sheet (ours)           ${ms(read.wall)}  (cpu ${ms(read.cpu)}; ${cells.toLocaleString('en')} cells)`);

    const staffRows = sheets[2].rows.slice(1);
    const wb = openXlsx(input);
    const patch = measure(4, () => {
      wb.write([resultsLikeSheet(staffRows)]);
      wb.saveAs(output);
    });
    lines.push(
      `  add Kết quả D1 (2 000 rows) + save       ${ms(patch.wall)}  (cpu ${ms(patch.cpu)}; ${(statSync(output).size / 1e6).toFixed(1)} MB)`,
    );

    // exceljs once: it is slow
    const e0 = performance.now();
    const book = new ExcelJS.Workbook();
    const bytes = readFileSync(input);
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    let exceljsCells = 0;
    book.eachSheet((ws) => ws.eachRow((row) => (exceljsCells += row.cellCount)));
    lines.push(`  peer: exceljs load of the same file      ${ms(performance.now() - e0)}  (${exceljsCells.toLocaleString('en')} cells)`);
    return { lines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
