#!/usr/bin/env node
// Regenerates assets/icon-<size>.png: the four-quadrant symbol (four coloured squares, laid out as
// on the quadrant chart: II top-left, I top-right, III bottom-left, IV bottom-right) on a
// transparent background. Only node's zlib, so it runs anywhere: `node scripts/make-icons.mjs`.
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const COLORS = {
  I: [0x10, 0x7c, 0x10], // green: maintain
  II: [0xd8, 0x3b, 0x01], // orange: key attack
  III: [0x8a, 0x88, 0x86], // grey: light touch
  IV: [0x00, 0x78, 0xd4], // blue: develop
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** An RGBA PNG from a function (x, y) → [r, g, b, a]. */
export function encodePng(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1); // each scanline starts with filter type 0 (none)
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit depth, RGBA, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export function quadrantIcon(size) {
  const gap = Math.max(2, Math.round(size / 10));
  const square = Math.floor((size - gap - 2 * Math.max(1, Math.round(size / 16))) / 2);
  const start = Math.floor((size - 2 * square - gap) / 2);
  const cell = (v) =>
    v < start || v >= start + 2 * square + gap ? -1 : v < start + square ? 0 : v >= start + square + gap ? 1 : -1;
  return encodePng(size, (x, y) => {
    const col = cell(x);
    const row = cell(y);
    if (col < 0 || row < 0) return [0, 0, 0, 0];
    const quadrant = row === 0 ? (col === 0 ? "II" : "I") : col === 0 ? "III" : "IV";
    return [...COLORS[quadrant], 255];
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const size of SIZES) {
    const file = new URL(`../assets/icon-${size}.png`, import.meta.url);
    writeFileSync(file, quadrantIcon(size));
    console.log(`wrote assets/icon-${size}.png`);
  }
}
