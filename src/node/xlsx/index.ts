// The .xlsx adapter of the Workbook port (Node): open, read lazily, write sheets, save.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { OutputSheet } from '../../workbook/port';
import { assertReadableFile, fileAccessError } from '../safe-write';
import { XLSX_MSG } from './messages';
import { minimalStyles } from './styles';
import { XlsxFormatError, XlsxWorkbook } from './workbook';
import { readZip, ZipError, type ZipEntry } from './zip';

export { XlsxFormatError, XlsxWorkbook, XlsxWriteError } from './workbook';

/** Opens an .xlsx file (synchronously). Throws XlsxFormatError, with a Vietnamese message, when it cannot. */
export function openXlsx(path: string): XlsxWorkbook {
  let bytes: Uint8Array;
  try {
    // a device (/dev/zero), a FIFO or a huge file would hang or exhaust memory: only regular files of sane size
    assertReadableFile(path);
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new XlsxFormatError(XLSX_MSG.notFound(path));
    throw new XlsxFormatError(fileAccessError(error, 'read', path).message);
  }
  return readXlsx(bytes, basename(path));
}

/** A workbook from .xlsx bytes; `fileName` is only used in messages. */
export function readXlsx(bytes: Uint8Array, fileName = 'này'): XlsxWorkbook {
  let entries: ZipEntry[];
  try {
    entries = readZip(bytes);
  } catch (error) {
    if (!(error instanceof ZipError) && !(error instanceof RangeError)) throw error;
    const ole = bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    const zipLike = bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
    throw new XlsxFormatError(
      XLSX_MSG.notXlsx(fileName, ole ? XLSX_MSG.why.legacyOrEncrypted : zipLike ? XLSX_MSG.why.brokenZip : XLSX_MSG.why.notZip),
    );
  }
  return new XlsxWorkbook(entries, fileName, bytes);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '</Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>';

export interface NewXlsxOptions {
  /** the workbook's default font (Calibri 11 when not given): column widths are counted in its digits */
  font?: { name: string; size: number };
}

/** An empty workbook: write() sheets into it, then saveAs(). Saved without any sheet, it gets one blank sheet. */
export function newXlsx(options: NewXlsxOptions = {}): XlsxWorkbook {
  const encoder = new TextEncoder();
  const part = (name: string, text: string): ZipEntry => ({ kind: 'new', name, data: encoder.encode(text) });
  return new XlsxWorkbook(
    [
      part('[Content_Types].xml', CONTENT_TYPES),
      part('_rels/.rels', ROOT_RELS),
      part('xl/workbook.xml', WORKBOOK),
      part('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
      part('xl/styles.xml', minimalStyles(options.font)),
    ],
    'mới',
    null,
  );
}

/** Writes a new .xlsx file holding just these sheets. */
export function writeXlsxFile(path: string, sheets: OutputSheet[], options: NewXlsxOptions = {}): void {
  const workbook = newXlsx(options);
  workbook.write(sheets);
  workbook.saveAs(path);
}
