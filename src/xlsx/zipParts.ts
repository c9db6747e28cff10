/**
 * The parts of an .xlsx zip read straight from the bytes already in memory: the central directory
 * says where each part's compressed data lies, and a part is inflated either whole (the small XML
 * of the workbook, its relationships, styles, tables) or in pieces handed on as they come out (a
 * worksheet of a million rows is never held uncompressed). Every part's CRC-32 is checked, so a
 * corrupt part is "damaged", never silently misread.
 *
 * Only what .xlsx writers produce is handled: stored or deflated entries, no encryption, no zip64
 * (a workbook over 4 GB). Anything else throws, and the caller falls back to the full reader.
 */
import { Inflate } from "fflate";
import { BookError } from "./bookError";

interface Entry {
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes handed to the inflater at a time: its output (~8× for sheet XML) is one chunk. */
const PIECE = 256 * 1024;

export class ZipParts {
  private readonly entries = new Map<string, Entry>();
  private readonly checked = new Set<string>();
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = this.findEnd();
    const count = this.view.getUint16(end + 10, true);
    let p = this.view.getUint32(end + 16, true);
    const names = new TextDecoder();
    for (let i = 0; i < count; i++) {
      if (p + 46 > bytes.length || this.view.getUint32(p, true) !== CENTRAL) throw new BookError("damaged");
      const flags = this.view.getUint16(p + 8, true);
      const nameLength = this.view.getUint16(p + 28, true);
      const entry: Entry = {
        method: this.view.getUint16(p + 10, true),
        crc: this.view.getUint32(p + 16, true),
        compressedSize: this.view.getUint32(p + 20, true),
        size: this.view.getUint32(p + 24, true),
        offset: this.view.getUint32(p + 42, true),
      };
      if (flags & 1) throw new Error("encrypted zip entry");
      if (entry.compressedSize === 0xffffffff || entry.offset === 0xffffffff) throw new Error("zip64 entry");
      this.entries.set(names.decode(bytes.subarray(p + 46, p + 46 + nameLength)), entry);
      p += 46 + nameLength + this.view.getUint16(p + 30, true) + this.view.getUint16(p + 32, true);
    }
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** The part as text (UTF-8), or undefined when the package has no such part. */
  text(path: string): string | undefined {
    if (!this.entries.has(path)) return undefined;
    const decoder = new TextDecoder();
    let out = "";
    this.stream(path, (chunk, final) => (out += decoder.decode(chunk, { stream: !final })));
    return out;
  }

  /**
   * Hands the part's uncompressed bytes on in pieces, the last one with `final`; throws a
   * BookError("damaged") when the data does not inflate or its checksum is wrong.
   */
  stream(path: string, onChunk: (chunk: Uint8Array, final: boolean) => void): void {
    const entry = this.entries.get(path);
    if (!entry) throw new Error(`no part ${path}`);
    this.checked.add(path);
    const start = this.dataStart(entry);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (data.length < entry.compressedSize) throw new BookError("damaged");
    let crc = ~0;
    let size = 0;
    const take = (chunk: Uint8Array, final: boolean) => {
      crc = crc32(crc, chunk);
      size += chunk.length;
      if (final && ((~crc >>> 0) !== entry.crc || size !== entry.size)) throw new BookError("damaged");
      onChunk(chunk, final);
    };
    if (entry.method === 0) {
      for (let p = 0; p < data.length || p === 0; p += PIECE) take(data.subarray(p, p + PIECE), p + PIECE >= data.length);
      return;
    }
    if (entry.method !== 8) throw new Error(`zip compression method ${entry.method}`);
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      ended = final;
      take(chunk, final);
    });
    try {
      for (let p = 0; p < data.length; p += PIECE) inflater.push(data.subarray(p, p + PIECE), p + PIECE >= data.length);
    } catch (e) {
      throw e instanceof BookError ? e : new BookError("damaged");
    }
    if (!ended) throw new BookError("damaged");
  }

  /**
   * Inflates every part not read yet and checks its checksum: a corrupt part the reading did not
   * need (an image, the content types) still makes the file damaged, as Excel and the full reader say.
   */
  checkTheRest(): void {
    for (const path of this.entries.keys()) if (!this.checked.has(path) && !path.endsWith("/")) this.stream(path, () => undefined);
  }

  private dataStart(entry: Entry): number {
    const p = entry.offset;
    if (p + 30 > this.bytes.length || this.view.getUint32(p, true) !== LOCAL) throw new BookError("damaged");
    return p + 30 + this.view.getUint16(p + 26, true) + this.view.getUint16(p + 28, true);
  }

  /** The end-of-central-directory record: the last 22 bytes, or further back past a zip comment. */
  private findEnd(): number {
    for (let p = this.bytes.length - 22; p >= Math.max(0, this.bytes.length - 22 - 0xffff); p--) {
      if (this.view.getUint32(p, true) === EOCD) return p;
    }
    throw new BookError("damaged");
  }
}

let table: Int32Array | undefined;

/** CRC-32 (the zip polynomial), continued from `crc` (start with ~0, finish with ~crc >>> 0). */
function crc32(crc: number, bytes: Uint8Array): number {
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  const t = table;
  for (let i = 0; i < bytes.length; i++) crc = t[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return crc;
}
