// Edits of an .xlsx package at the byte level, for hostile-input tests and the fuzzer: replace a part's XML, damage
// its compressed data, cut it short, or make the central directory lie. Works on our own zip reader/writer, so
// that untouched parts are copied byte for byte.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { parseRels, parseWorkbookXml, relsPathOf, resolveTarget } from '../xlsx/package-parts';
import { readZip, writeZip, type ZipEntry } from '../xlsx/zip';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export class PackageEditor {
  private entries: ZipEntry[];

  constructor(bytes: Uint8Array) {
    this.entries = readZip(bytes);
  }

  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  text(path: string): string {
    const entry = this.entry(path);
    if (entry.kind === 'new') return decoder.decode(entry.data);
    return decoder.decode(entry.method === 8 ? inflateRawSync(entry.raw) : entry.raw);
  }

  setText(path: string, text: string): this {
    return this.setBytes(path, encoder.encode(text));
  }

  setBytes(path: string, data: Uint8Array): this {
    const at = this.entries.findIndex((e) => e.name === path);
    const entry: ZipEntry = { kind: 'new', name: path, data };
    if (at >= 0) this.entries[at] = entry;
    else this.entries.push(entry);
    return this;
  }

  /** Stores a part deflated at the highest level, as zip-bomb makers do. */
  setDeflated(path: string, text: string): this {
    const data = encoder.encode(text);
    const raw = deflateRawSync(data, { level: 9 });
    const old = this.entries.find((e) => e.name === path);
    const entry: ZipEntry = {
      kind: 'stored',
      name: path,
      method: 8,
      crc: crc32(data) >>> 0,
      compressedSize: raw.length,
      size: data.length,
      dosTime: 0,
      dosDate: 33,
      raw,
    };
    this.entries = old ? this.entries.map((e) => (e === old ? entry : e)) : [...this.entries, entry];
    return this;
  }

  remove(path: string): this {
    this.entries = this.entries.filter((e) => e.name !== path);
    return this;
  }

  /** The worksheet part of a sheet, by its tab name. */
  sheetPart(sheetName: string): string {
    const rootRels = parseRels(this.text('_rels/.rels'));
    const workbook = resolveTarget('', rootRels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml');
    const info = parseWorkbookXml(this.text(workbook));
    const rels = parseRels(this.text(relsPathOf(workbook)));
    const sheet = info.sheets.find((s) => s.name === sheetName);
    const rel = rels.find((r) => r.id === sheet?.rid);
    if (!rel) throw new Error(`no sheet ${sheetName}`);
    return resolveTarget(workbook, rel.target);
  }

  /** Damages the deflated data in the middle of a part (the sizes stay as declared). */
  corrupt(path: string, seed = 0): this {
    const entry = this.stored(path);
    const raw = Uint8Array.from(entry.raw);
    const at = Math.floor(raw.length / 3) + (seed % Math.max(1, Math.floor(raw.length / 3)));
    for (let k = 0; k < 8 && at + k < raw.length; k++) raw[at + k] ^= 0xa5 + k;
    this.replaceStored({ ...entry, raw });
    return this;
  }

  /** Keeps only the first `fraction` of a part's XML: what a crash in mid-save leaves. */
  truncate(path: string, fraction: number): this {
    const text = this.text(path);
    return this.setText(path, text.slice(0, Math.floor(text.length * fraction)));
  }

  /** Makes the central directory declare another uncompressed size for a part. */
  lieAboutSize(path: string, size: number): this {
    const entry = this.stored(path);
    this.replaceStored({ ...entry, size });
    return this;
  }

  bytes(): Uint8Array {
    return writeZip(this.entries);
  }

  private entry(path: string): ZipEntry {
    const entry = this.entries.find((e) => e.name === path);
    if (!entry) throw new Error(`no part ${path}`);
    return entry;
  }

  /** The part as stored (compressed); a part edited before is compressed first. */
  private stored(path: string): Extract<ZipEntry, { kind: 'stored' }> {
    let entry = this.entry(path);
    if (entry.kind === 'new') {
      const [reread] = readZip(writeZip([entry]));
      entry = reread;
    }
    if (entry.kind !== 'stored') throw new Error(`part ${path} is not stored`);
    return entry;
  }

  private replaceStored(entry: Extract<ZipEntry, { kind: 'stored' }>): void {
    this.entries = this.entries.map((e) => (e.name === entry.name ? entry : e));
  }
}
