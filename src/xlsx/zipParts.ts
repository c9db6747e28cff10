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

/**
 * How parts are inflated and checked. The portable codec (fflate, a CRC in JavaScript) runs
 * anywhere; the command line hands in Node's zlib (src/cli/nodeCodec.ts), native and off the main
 * thread, which reads a large sheet in about half the time.
 */
export interface Codec {
  /** Inflates raw DEFLATE data, handing the output on in pieces; rejects with an InflateError on bad data. */
  inflate(data: Uint8Array, onChunk: (chunk: Uint8Array) => void): Promise<void>;
  /** CRC-32 of `data` continued from `crc` (0 to start), as zlib's crc32 computes it. */
  crc32(data: Uint8Array, crc: number): number;
}

/** Compressed data that does not inflate: the part is damaged. */
export class InflateError extends Error {}

export const portableCodec: Codec = {
  async inflate(data, onChunk) {
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      ended = final;
      onChunk(chunk);
    });
    for (let p = 0; p < data.length; p += PIECE) {
      try {
        inflater.push(data.subarray(p, p + PIECE), p + PIECE >= data.length);
      } catch (e) {
        // fflate's own errors carry a numeric code; anything else came from onChunk.
        throw typeof (e as { code?: unknown }).code === "number" ? new InflateError(String(e)) : e;
      }
    }
    if (!ended) throw new InflateError("the data ends early");
  },
  crc32: (data, crc) => ~crc32(~crc, data) >>> 0,
};

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

  constructor(
    private readonly bytes: Uint8Array,
    private readonly codec: Codec = portableCodec,
  ) {
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

  /** The part's compressed size in bytes (0 when absent): what reading it costs. */
  compressedSize(path: string): number {
    return this.entries.get(path)?.compressedSize ?? 0;
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** The part's uncompressed size in bytes (0 when absent). */
  size(path: string): number {
    return this.entries.get(path)?.size ?? 0;
  }

  /** The part as text (UTF-8), or undefined when the package has no such part. */
  async text(path: string): Promise<string | undefined> {
    if (!this.entries.has(path)) return undefined;
    const decoder = new TextDecoder();
    let out = "";
    await this.stream(path, (chunk) => (out += decoder.decode(chunk, { stream: true })));
    return out + decoder.decode();
  }

  /**
   * Hands the part's uncompressed bytes on in pieces as they are inflated; rejects with a
   * BookError("damaged") when the data does not inflate or its size or checksum is wrong.
   */
  async stream(path: string, onChunk: (chunk: Uint8Array) => void): Promise<void> {
    const entry = this.entries.get(path);
    if (!entry) throw new Error(`no part ${path}`);
    this.checked.add(path);
    const start = this.dataStart(entry);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (data.length < entry.compressedSize) throw new BookError("damaged");
    let crc = 0;
    let size = 0;
    const take = (chunk: Uint8Array) => {
      crc = this.codec.crc32(chunk, crc);
      size += chunk.length;
      onChunk(chunk);
    };
    if (entry.method === 0) {
      for (let p = 0; p < data.length; p += PIECE) take(data.subarray(p, p + PIECE));
    } else if (entry.method === 8) {
      try {
        await this.codec.inflate(data, take);
      } catch (e) {
        throw e instanceof BookError || !(e instanceof InflateError) ? e : new BookError("damaged");
      }
    } else throw new Error(`zip compression method ${entry.method}`);
    if (crc >>> 0 !== entry.crc || size !== entry.size) throw new BookError("damaged");
  }

  /**
   * Inflates every part not read yet and checks its checksum: a corrupt part the reading did not
   * need (an image, the content types) still makes the file damaged, as Excel and the full reader say.
   */
  async checkTheRest(): Promise<void> {
    for (const path of this.entries.keys()) if (!this.checked.has(path) && !path.endsWith("/")) await this.stream(path, () => undefined);
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

let tables: Int32Array[] | undefined;

/**
 * CRC-32 (the zip polynomial), continued from `crc` (start with ~0, finish with ~crc >>> 0);
 * eight bytes a step through eight tables ("slicing-by-8"), ~4× the byte-at-a-time loop.
 */
function crc32(crc: number, bytes: Uint8Array): number {
  if (!tables) {
    tables = Array.from({ length: 8 }, () => new Int32Array(256));
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      tables[0][n] = c;
    }
    for (let n = 0; n < 256; n++) for (let k = 1; k < 8; k++) tables[k][n] = tables[0][tables[k - 1][n] & 0xff] ^ (tables[k - 1][n] >>> 8);
  }
  const [t0, t1, t2, t3, t4, t5, t6, t7] = tables;
  let i = 0;
  const fast = bytes.length - (bytes.length % 8);
  for (; i < fast; i += 8) {
    const a = crc ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24));
    crc =
      t7[a & 0xff] ^ t6[(a >>> 8) & 0xff] ^ t5[(a >>> 16) & 0xff] ^ t4[a >>> 24] ^
      t3[bytes[i + 4]] ^ t2[bytes[i + 5]] ^ t1[bytes[i + 6]] ^ t0[bytes[i + 7]];
  }
  for (; i < bytes.length; i++) crc = t0[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return crc;
}
