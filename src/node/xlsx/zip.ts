// A small zip reader/writer for OOXML packages. Entries are inflated lazily, one by one, and entries that are not
// changed are copied into the output still compressed: that is what makes patching a large workbook cheap.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { ZIP_MSG } from './messages';

export class ZipError extends Error {}

/** An entry as stored in an existing archive: its compressed bytes, ready to copy. */
interface StoredEntry {
  kind: 'stored';
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  dosTime: number;
  dosDate: number;
  /** the compressed data (a view into the archive) */
  raw: Uint8Array;
}

/** An entry with new content. */
interface NewEntry {
  kind: 'new';
  name: string;
  data: Uint8Array;
}

export type ZipEntry = StoredEntry | NewEntry;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;

const utf8 = new TextDecoder('utf-8');

/** Reads the central directory of a zip archive. Throws ZipError when the bytes are not a readable zip. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) throw new ZipError('no end of central directory');
  let count = view.getUint16(end + 10, true);
  let cdSize = view.getUint32(end + 12, true);
  let cdOffset = view.getUint32(end + 16, true);
  if (
    (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) &&
    end >= 20 &&
    view.getUint32(end - 20, true) === SIG_END64_LOCATOR
  ) {
    const end64 = Number(view.getBigUint64(end - 12, true));
    if (end64 + 56 > bytes.length || view.getUint32(end64, true) !== SIG_END64) throw new ZipError('bad zip64 end record');
    count = Number(view.getBigUint64(end64 + 32, true));
    cdSize = Number(view.getBigUint64(end64 + 40, true));
    cdOffset = Number(view.getBigUint64(end64 + 48, true));
  }
  if (cdOffset + cdSize > bytes.length) throw new ZipError('central directory out of range');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== SIG_CENTRAL) throw new ZipError('bad central directory entry');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const dosTime = view.getUint16(p + 12, true);
    const dosDate = view.getUint16(p + 14, true);
    const crc = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    // zip64 extended information: the fields that are 0xFFFFFFFF above, in this order
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = view.getUint16(e, true);
      const len = view.getUint16(e + 2, true);
      if (id === 1) {
        let q = e + 4;
        if (size === 0xffffffff) {
          size = Number(view.getBigUint64(q, true));
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(view.getBigUint64(q, true));
          q += 8;
        }
        if (localOffset === 0xffffffff) {
          localOffset = Number(view.getBigUint64(q, true));
        }
      }
      e += 4 + len;
    }
    p = extraEnd + commentLength;
    if (flags & 1) throw new ZipError('encrypted entry');
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== SIG_LOCAL) throw new ZipError('bad local header');
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > bytes.length) throw new ZipError('entry out of range');
    if (name.endsWith('/')) continue; // a directory
    entries.push({
      kind: 'stored',
      name,
      method,
      crc,
      compressedSize,
      size,
      dosTime,
      dosDate,
      raw: bytes.subarray(dataStart, dataStart + compressedSize),
    });
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let p = view.byteLength - 22; p >= min; p--) {
    if (view.getUint32(p, true) === SIG_END) return p;
  }
  return -1;
}

/**
 * Limits on what one archive may inflate to (zip bombs: a 3 MB file that inflates to 3 GB). A school's largest sheet
 * is a few MB of XML; 200 MB per part is far beyond any real one. The ratio limit catches a bomb early even under
 * the part limit: real sheets compress 5–50×, blank styled rows a few hundred ×, never 1 000×.
 */
export const ZIP_LIMITS = {
  partBytes: 200 * 1024 * 1024,
  totalBytes: 400 * 1024 * 1024,
  ratio: 1000,
  /** the ratio is only checked above this size (tiny parts of repeated bytes compress as they like) */
  ratioFrom: 1024 * 1024,
};

/** How much an archive has inflated so far, against ZIP_LIMITS.totalBytes (one per opened archive). */
export class InflateBudget {
  private readonly seen = new Set<string>();
  private used = 0;

  constructor(readonly limit = ZIP_LIMITS.totalBytes) {}

  charge(name: string, bytes: number): void {
    if (this.seen.has(name)) return;
    this.seen.add(name);
    this.used += bytes;
    if (this.used > this.limit) throw new ZipError(ZIP_MSG.totalTooLarge(name, this.limit));
  }
}

/**
 * The uncompressed content of an entry. Throws ZipError (a Vietnamese reason naming the part) on a broken entry, on
 * a declared or real size beyond the limits, and when the data inflates to other than its declared size (a lying
 * central directory is found without inflating more than the declared size + 1 byte).
 */
export function entryData(entry: ZipEntry, budget?: InflateBudget): Uint8Array {
  if (entry.kind === 'new') return entry.data;
  if (entry.size > ZIP_LIMITS.partBytes) throw new ZipError(ZIP_MSG.partTooLarge(entry.name, entry.size, ZIP_LIMITS.partBytes));
  if (entry.size > ZIP_LIMITS.ratioFrom && entry.size > ZIP_LIMITS.ratio * Math.max(1, entry.compressedSize)) {
    throw new ZipError(ZIP_MSG.ratioTooHigh(entry.name, Math.round(entry.size / Math.max(1, entry.compressedSize))));
  }
  budget?.charge(entry.name, entry.size);
  let data: Uint8Array;
  if (entry.method === 0) data = entry.raw;
  else if (entry.method === 8) {
    try {
      // one output chunk of the declared size (2–3× faster on big sheets); inflating stops one byte past it
      data = inflateRawSync(entry.raw, { chunkSize: Math.max(1024, entry.size + 64), maxOutputLength: entry.size + 1 });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') throw new ZipError(ZIP_MSG.sizeLie(entry.name));
      throw new ZipError(ZIP_MSG.cannotInflate(entry.name, error instanceof Error ? error.message : String(error)));
    }
  } else throw new ZipError(ZIP_MSG.method(entry.name, entry.method));
  if (data.length !== entry.size) throw new ZipError(ZIP_MSG.sizeLie(entry.name));
  // damaged data can inflate to the right size: the CRC tells (a changed mark would otherwise pass silently)
  if (crc32(data) >>> 0 !== entry.crc >>> 0) throw new ZipError(ZIP_MSG.badCrc(entry.name));
  return data;
}

/** Writes an archive: stored entries are copied as they are, new entries are deflated. */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  // A fixed time stamp (1980-01-01 00:00, the zip epoch) makes the same content the same bytes: the committed
  // demo and template files change only when their source does.
  const nowTime = 0;
  const nowDate = (1 << 5) | 1;
  interface Out {
    name: Uint8Array;
    method: number;
    crc: number;
    compressedSize: number;
    size: number;
    time: number;
    date: number;
    raw: Uint8Array;
    offset: number;
  }
  const outs: Out[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    let out: Out;
    if (entry.kind === 'stored') {
      out = {
        name,
        method: entry.method,
        crc: entry.crc,
        compressedSize: entry.compressedSize,
        size: entry.size,
        time: entry.dosTime,
        date: entry.dosDate,
        raw: entry.raw,
        offset,
      };
    } else {
      // big parts (generated sheets) get a faster level: the size difference is small, the time is not
      const raw = deflateRawSync(entry.data, { level: entry.data.length > 1 << 20 ? 3 : 6 });
      out = {
        name,
        method: 8,
        crc: crc32(entry.data) >>> 0,
        compressedSize: raw.length,
        size: entry.data.length,
        time: nowTime,
        date: nowDate,
        raw,
        offset,
      };
    }
    outs.push(out);
    offset += 30 + name.length + out.raw.length;
  }
  const cdOffset = offset;
  const cdSize = outs.reduce((sum, o) => sum + 46 + o.name.length, 0);
  if (cdOffset + cdSize > 0xfffffff0 || outs.length > 0xfffe) throw new ZipError('archive too large');
  const result = new Uint8Array(cdOffset + cdSize + 22);
  const view = new DataView(result.buffer);
  let p = 0;
  for (const o of outs) {
    view.setUint32(p, SIG_LOCAL, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, 0x0800, true); // names are UTF-8
    view.setUint16(p + 8, o.method, true);
    view.setUint16(p + 10, o.time, true);
    view.setUint16(p + 12, o.date, true);
    view.setUint32(p + 14, o.crc, true);
    view.setUint32(p + 18, o.compressedSize, true);
    view.setUint32(p + 22, o.size, true);
    view.setUint16(p + 26, o.name.length, true);
    view.setUint16(p + 28, 0, true);
    result.set(o.name, p + 30);
    result.set(o.raw, p + 30 + o.name.length);
    p += 30 + o.name.length + o.raw.length;
  }
  for (const o of outs) {
    view.setUint32(p, SIG_CENTRAL, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, 20, true);
    view.setUint16(p + 8, 0x0800, true);
    view.setUint16(p + 10, o.method, true);
    view.setUint16(p + 12, o.time, true);
    view.setUint16(p + 14, o.date, true);
    view.setUint32(p + 16, o.crc, true);
    view.setUint32(p + 20, o.compressedSize, true);
    view.setUint32(p + 24, o.size, true);
    view.setUint16(p + 28, o.name.length, true);
    // extra, comment, disk, internal attributes: 0
    view.setUint32(p + 38, 0, true);
    view.setUint32(p + 42, o.offset, true);
    result.set(o.name, p + 46);
    p += 46 + o.name.length;
  }
  view.setUint32(p, SIG_END, true);
  view.setUint16(p + 8, outs.length, true);
  view.setUint16(p + 10, outs.length, true);
  view.setUint32(p + 12, cdSize, true);
  view.setUint32(p + 16, cdOffset, true);
  return result;
}
