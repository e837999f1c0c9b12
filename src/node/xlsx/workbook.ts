// XlsxWorkbook: the Workbook port over an .xlsx package. Sheets are parsed only when read; writing replaces or adds
// sheet parts and patches the few package parts that list them, copying every other part unchanged.
import type { OutputSheet, SheetData, Workbook } from '../../workbook/port';
import { writeFileAtomic } from '../safe-write';
import { XLSX_MSG } from './messages';
import {
  WORKSHEET_TYPE,
  REL_TYPE_BASE,
  definedNameInfo,
  definedNameXml,
  parseRels,
  parseWorkbookXml,
  relsPathOf,
  resolveTarget,
  rewriteAppXml,
  rewriteContentTypes,
  rewriteRels,
  rewriteWorkbookXml,
  type Relationship,
  type WorkbookInfo,
} from './package-parts';
import { parseSharedStrings, parseSheet, SheetLimitError } from './read';
import { readCellFormats, StyleBook, type CellFormats } from './styles';
import { printTitlesFormula, serializeSheet } from './write-sheet';
import { latin1Text, utf8Text } from './xml-scan';
import { entryData, InflateBudget, writeZip, ZipError, type ZipEntry } from './zip';

/** The file is not a readable .xlsx workbook (the message is Vietnamese and names the file). */
export class XlsxFormatError extends Error {
  override name = 'XlsxFormatError';
}

/** A sheet cannot be written as asked (bad or duplicate name). */
export class XlsxWriteError extends Error {
  override name = 'XlsxWriteError';
}

const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const encoder = new TextEncoder();

function normalizeName(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

function validSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

export class XlsxWorkbook implements Workbook {
  /** parts in archive order; a changed part keeps its place */
  private readonly parts = new Map<string, ZipEntry>();
  private readonly lowerParts = new Map<string, string>();
  private readonly workbookPath: string;
  private readonly workbookRelsPath: string;
  private readonly info: WorkbookInfo;
  private readonly rels: Relationship[];
  private relTypeBase = REL_TYPE_BASE;
  private changed = false;
  private sharedCache: string[] | null = null;
  private formatsCache: CellFormats | null = null;
  private styleBook: StyleBook | null = null;
  private stylesPath: string | null = null;
  /** what this archive has inflated so far (zip bombs) */
  private readonly budget = new InflateBudget();

  /** @internal use openXlsx / readXlsx / newXlsx */
  constructor(
    entries: ZipEntry[],
    private readonly fileName: string,
    private readonly originalBytes: Uint8Array | null,
  ) {
    for (const entry of entries) {
      this.parts.set(entry.name, entry);
      this.lowerParts.set(entry.name.toLowerCase(), entry.name);
    }
    const rootRels = parseRels(this.text('_rels/.rels'));
    const office = rootRels.find((r) => r.type.endsWith('/officeDocument'));
    const workbookPath = office ? resolveTarget('', office.target) : 'xl/workbook.xml';
    const workbookXml = this.text(workbookPath);
    if (workbookXml === null || !/<([\w.-]+:)?workbook[\s>]/.test(workbookXml)) {
      const otherOffice =
        this.has('word/document.xml') || this.has('ppt/presentation.xml') || (office !== undefined && !/^xl\//i.test(workbookPath));
      throw new XlsxFormatError(XLSX_MSG.notXlsx(fileName, otherOffice ? XLSX_MSG.why.otherOffice : XLSX_MSG.why.noWorkbook));
    }
    this.workbookPath = this.canonical(workbookPath) ?? workbookPath;
    this.workbookRelsPath = this.canonical(relsPathOf(this.workbookPath)) ?? relsPathOf(this.workbookPath);
    this.info = parseWorkbookXml(workbookXml);
    this.rels = parseRels(this.text(this.workbookRelsPath));
    for (const sheet of this.info.sheets) {
      const rel = this.rels.find((r) => r.id === sheet.rid);
      if (rel && !rel.external && rel.type.endsWith('/worksheet')) {
        sheet.path = this.canonical(resolveTarget(this.workbookPath, rel.target)) ?? resolveTarget(this.workbookPath, rel.target);
        this.relTypeBase = rel.type.slice(0, rel.type.lastIndexOf('/'));
      }
    }
    const stylesRel = this.rels.find((r) => r.type.endsWith('/styles'));
    if (stylesRel) this.stylesPath = this.canonical(resolveTarget(this.workbookPath, stylesRel.target));
  }

  /** The names of the worksheets, in tab order. */
  sheetNames(): string[] {
    return this.info.sheets.filter((s) => s.path !== null).map((s) => s.name);
  }

  read(name: string, options?: { formats?: boolean }): SheetData | null {
    const sheet = this.info.sheets.find((s) => s.name === name && s.path !== null);
    if (!sheet || sheet.path === null) return null;
    let xml: string | null;
    try {
      xml = this.partText(sheet.path, true);
    } catch (error) {
      // the sheet is there but damaged: an error naming its part, which the workbook layer reports at the sheet
      if (error instanceof ZipError) throw new XlsxFormatError(error.message);
      throw error;
    }
    if (xml === null) return { name, values: [], ...(options?.formats ? { formats: [] } : {}) };
    if (!closesWith(xml, 'worksheet')) throw new XlsxFormatError(XLSX_MSG.truncated(sheet.path));
    let parsed;
    try {
      parsed = parseSheet(xml, this.sharedStrings(), this.cellFormats(), this.info.date1904, options?.formats === true);
    } catch (error) {
      if (error instanceof SheetLimitError) throw new XlsxFormatError(XLSX_MSG.brokenSheet(sheet.path, error.message));
      throw error;
    }
    return { name: sheet.name, ...parsed };
  }

  write(sheets: OutputSheet[]): void {
    const seen = new Set<string>();
    for (const sheet of sheets) {
      if (!validSheetName(sheet.name)) throw new XlsxWriteError(XLSX_MSG.badSheetName(sheet.name));
      const key = normalizeName(sheet.name);
      if (seen.has(key)) throw new XlsxWriteError(XLSX_MSG.duplicateSheet(sheet.name));
      seen.add(key);
    }
    const styles = this.styles();
    let nextPosition = this.info.sheets.length;
    const serialized = sheets.map((sheet) => {
      const existing = this.info.sheets.findIndex((s) => normalizeName(s.name) === normalizeName(sheet.name) && s.path !== null);
      const position = existing >= 0 ? existing : nextPosition++;
      return serializeSheet(sheet, styles, { date1904: this.info.date1904, selected: position === this.info.activeTab });
    });
    // everything is serialized: now change the package
    const addedRels: Relationship[] = [];
    const addedTypes: { part: string; type: string }[] = [];
    const removedParts: string[] = [];
    const removedRelIds: string[] = [];
    const addedNames: string[] = [];
    let replaced = false;
    sheets.forEach((sheet, i) => {
      const data = encoder.encode(serialized[i]);
      let index = this.info.sheets.findIndex((s) => normalizeName(s.name) === normalizeName(sheet.name));
      if (index >= 0 && this.info.sheets[index].path !== null) {
        const record = this.info.sheets[index];
        const path = record.path as string;
        record.name = sheet.name;
        record.rawTag = null;
        this.setPart(path, data);
        const rels = this.canonical(relsPathOf(path));
        if (rels) removedParts.push(rels);
        replaced = true;
        // print settings of the old sheet go with it
        this.info.definedNames = this.info.definedNames.filter((dn) => {
          const { name, localSheetId } = definedNameInfo(dn);
          return !(localSheetId === index && /^_xlnm\.(Print_Titles|Print_Area)$/i.test(name));
        });
      } else {
        if (index >= 0) {
          // a chart sheet or dialog sheet of that name: it gives way
          const [old] = this.info.sheets.splice(index, 1);
          removedRelIds.push(old.rid);
          this.shiftLocalSheetIds(index);
        }
        const path = this.newSheetPath();
        const rid = this.newRelId(addedRels);
        addedRels.push({
          id: rid,
          type: `${this.relTypeBase}/worksheet`,
          target: relativeTarget(this.workbookPath, path),
          external: false,
        });
        addedTypes.push({ part: path, type: WORKSHEET_TYPE });
        const sheetId = this.info.sheets.reduce((max, s) => Math.max(max, s.sheetId), 0) + 1;
        this.info.sheets.push({ name: sheet.name, sheetId, rid, rawTag: null, path });
        this.setPart(path, data);
        addedNames.push(sheet.name);
        index = this.info.sheets.length - 1;
      }
      const repeat = sheet.page?.repeatRows;
      if (repeat && repeat.first >= 1 && repeat.last >= repeat.first) {
        this.info.definedNames.push(
          definedNameXml(this.info.prefix, '_xlnm.Print_Titles', index, printTitlesFormula(sheet.name, repeat.first, repeat.last)),
        );
      }
    });
    if (replaced) {
      // the calculation chain may name cells of a replaced sheet; Excel rebuilds it when it is missing
      const chain = this.rels.find((r) => r.type.endsWith('/calcChain'));
      if (chain) {
        const path = this.canonical(resolveTarget(this.workbookPath, chain.target));
        if (path) removedParts.push(path);
        removedRelIds.push(chain.id);
      }
    }
    if (styles.modified || this.stylesPath === null) {
      if (this.stylesPath === null) {
        this.stylesPath = resolveTarget(this.workbookPath, 'styles.xml');
        const rid = this.newRelId(addedRels);
        addedRels.push({
          id: rid,
          type: `${this.relTypeBase}/styles`,
          target: relativeTarget(this.workbookPath, this.stylesPath),
          external: false,
        });
        addedTypes.push({ part: this.stylesPath, type: STYLES_TYPE });
      }
      this.setPart(this.stylesPath, encoder.encode(styles.toXml()));
      this.formatsCache = null;
    }
    for (const part of removedParts) this.parts.delete(part);
    for (const id of removedRelIds) {
      const at = this.rels.findIndex((r) => r.id === id);
      if (at >= 0) this.rels.splice(at, 1);
    }
    this.rels.push(...addedRels);
    this.setPart(this.workbookPath, encoder.encode(rewriteWorkbookXml(this.text(this.workbookPath) ?? '', this.info)));
    this.setPart(
      this.workbookRelsPath,
      encoder.encode(rewriteRels(this.text(this.workbookRelsPath) ?? emptyRels(), addedRels, removedRelIds)),
    );
    const contentTypes = this.canonical('[Content_Types].xml') ?? '[Content_Types].xml';
    this.setPart(
      contentTypes,
      encoder.encode(rewriteContentTypes(this.text(contentTypes) ?? emptyContentTypes(), addedTypes, removedParts)),
    );
    const app = this.canonical('docProps/app.xml');
    if (app && addedNames.length) this.setPart(app, encoder.encode(rewriteAppXml(this.text(app) ?? '', addedNames)));
    this.changed = true;
  }

  /** The workbook as .xlsx bytes. Unchanged parts are copied still compressed. */
  toBuffer(): Uint8Array {
    if (this.sheetNames().length === 0) this.write([{ name: 'Trang tính1', rows: [] }]);
    if (!this.changed && this.originalBytes) return this.originalBytes.slice();
    try {
      return writeZip([...this.parts.values()]);
    } catch (error) {
      throw new XlsxWriteError(XLSX_MSG.cannotWrite(this.fileName, error instanceof Error ? error.message : String(error)));
    }
  }

  saveAs(path: string): void {
    // temporary file, fsync, rename: a full disk or a crash never leaves a half-written workbook
    writeFileAtomic(path, this.toBuffer());
  }

  private styles(): StyleBook {
    if (!this.styleBook) {
      const xml = this.stylesPath ? this.text(this.stylesPath) : null;
      this.styleBook = xml ? new StyleBook(xml) : new StyleBook();
    }
    return this.styleBook;
  }

  private sharedStrings(): string[] {
    if (!this.sharedCache) {
      const rel = this.rels.find((r) => r.type.endsWith('/sharedStrings'));
      const path = rel ? this.canonical(resolveTarget(this.workbookPath, rel.target)) : this.canonical('xl/sharedStrings.xml');
      const xml = path ? this.text(path) : null;
      // a truncated string table would turn its last strings into blank cells
      if (path && xml !== null && !closesWith(xml, 'sst')) throw new XlsxFormatError(XLSX_MSG.truncated(path));
      this.sharedCache = parseSharedStrings(xml);
    }
    return this.sharedCache;
  }

  private cellFormats(): CellFormats {
    if (!this.formatsCache) this.formatsCache = readCellFormats(this.stylesPath ? this.text(this.stylesPath) : null);
    return this.formatsCache;
  }

  private shiftLocalSheetIds(removed: number): void {
    this.info.definedNames = this.info.definedNames.flatMap((dn) => {
      const { localSheetId } = definedNameInfo(dn);
      if (localSheetId === null || localSheetId < removed) return [dn];
      if (localSheetId === removed) return [];
      return [dn.replace(/(\slocalSheetId\s*=\s*["'])(\d+)(["'])/, (_, a: string, n: string, b: string) => `${a}${Number(n) - 1}${b}`)];
    });
    if (this.info.activeTab > removed) this.info.activeTab--;
  }

  private newSheetPath(): string {
    const folder = `${this.workbookPath.slice(0, this.workbookPath.lastIndexOf('/') + 1)}worksheets/`;
    for (let n = 1; ; n++) {
      const path = `${folder}sheet${n}.xml`;
      if (!this.has(path)) return path;
    }
  }

  private newRelId(pending: Relationship[]): string {
    const used = new Set([...this.rels, ...pending].map((r) => r.id));
    for (let n = this.rels.length + pending.length + 1; ; n++) {
      if (!used.has(`rId${n}`)) return `rId${n}`;
    }
  }

  private setPart(path: string, data: Uint8Array): void {
    this.parts.set(path, { kind: 'new', name: path, data });
    this.lowerParts.set(path.toLowerCase(), path);
  }

  /** Part names are case-insensitive in a package. */
  private canonical(path: string): string | null {
    if (this.parts.has(path)) return path;
    return this.lowerParts.get(path.toLowerCase()) ?? null;
  }

  private has(path: string): boolean {
    const name = this.canonical(path);
    return name !== null && this.parts.has(name);
  }

  /** A package part as text; a damaged part makes the whole file unreadable (XlsxFormatError naming it). */
  private text(path: string, latin1 = false): string | null {
    try {
      return this.partText(path, latin1);
    } catch (error) {
      if (error instanceof ZipError) throw new XlsxFormatError(XLSX_MSG.notXlsx(this.fileName, error.message));
      throw error;
    }
  }

  /** A part's text; throws ZipError (with the Vietnamese reason, naming the part) when it cannot be inflated. */
  private partText(path: string, latin1: boolean): string | null {
    const name = this.canonical(path);
    const entry = name === null ? undefined : this.parts.get(name);
    if (!entry) return null;
    const data = entryData(entry, this.budget);
    return latin1 ? latin1Text(data) : utf8Text(data);
  }
}

/** Whether XML text ends with the closing tag of its root element (any prefix): false for a truncated part. */
function closesWith(xml: string, root: string): boolean {
  const tail = xml.slice(-256).trimEnd();
  if (new RegExp(`</([\\w.-]+:)?${root}>$`).test(tail)) return true;
  // an empty root written as one tag (<sst/>, <worksheet …/>) has no closing tag
  return tail.endsWith('/>') && new RegExp(`<([\\w.-]+:)?${root}\\b[^<]*/>$`).test(tail);
}

function relativeTarget(workbookPath: string, part: string): string {
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  return part.startsWith(folder) ? part.slice(folder.length) : `/${part}`;
}

function emptyRels(): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
}

function emptyContentTypes(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '</Types>'
  );
}
