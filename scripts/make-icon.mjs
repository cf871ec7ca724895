// Draws media/icon.png (128×128): a page of text with a code block on a blue tile. Run once by hand
// (`node scripts/make-icon.mjs`) when the design changes; the PNG is committed. Pure Node: shapes are
// rasterised with 4×4 supersampling and encoded with zlib.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4; // samples per pixel side

const insideRoundRect = (x, y, left, top, right, bottom, r) => {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + r), right - r);
  const cy = Math.min(Math.max(y, top + r), bottom - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);
const hex = h => [1, 3, 5].map(i => parseInt(h.slice(i, i + 2), 16));

const tileTop = hex('#2f7de1');
const tileBottom = hex('#123f8c');
const paper = hex('#f7f9fc');
const fold = hex('#c9d6ea');
const textLine = hex('#9aa9bf');
const title = hex('#33455f');
const codeBg = hex('#1e2633');
const codeColors = ['#7ee787', '#ffa657', '#79c0ff'].map(hex);

// Layers from back to front; each returns a colour for a point or undefined.
const layers = [
  (x, y) => (insideRoundRect(x, y, 4, 4, 124, 124, 24) ? mix(tileTop, tileBottom, y / SIZE) : undefined),
  (x, y) => {
    const inPage = insideRoundRect(x, y, 30, 18, 98, 110, 6);
    const corner = x > 82 && y < 34 && x - 82 > y - 18; // the folded corner is cut away
    return inPage && !corner ? paper : undefined;
  },
  (x, y) => (x > 82 && x < 98 && y > 18 && y < 34 && x - 82 <= y - 18 ? fold : undefined),
  (x, y) => (insideRoundRect(x, y, 38, 28, 74, 34, 3) ? title : undefined),
  (x, y) => {
    for (const [top, right] of [[42, 90], [50, 84], [58, 88]]) if (insideRoundRect(x, y, 38, top, right, top + 4, 2)) return textLine;
    return undefined;
  },
  (x, y) => (insideRoundRect(x, y, 36, 68, 92, 102, 4) ? codeBg : undefined),
  (x, y) => {
    const rows = [[74, 42, 64, 0], [82, 48, 80, 1], [90, 48, 70, 2], [74, 68, 84, 2]];
    for (const [top, left, right, colour] of rows) if (insideRoundRect(x, y, left, top, right, top + 4, 2)) return codeColors[colour];
    return undefined;
  },
];

const rgba = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let sum = [0, 0, 0];
    let alpha = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS;
        const y = py + (sy + 0.5) / SS;
        let colour;
        for (const layer of layers) colour = layer(x, y) ?? colour;
        if (colour) {
          sum = sum.map((v, i) => v + colour[i]);
          alpha++;
        }
      }
    }
    const offset = (py * SIZE + px) * 4;
    for (let i = 0; i < 3; i++) rgba[offset + i] = alpha ? Math.round(sum[i] / alpha) : 0;
    rgba[offset + 3] = Math.round((alpha / (SS * SS)) * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = buffer => {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const rows = Buffer.concat(Array.from({ length: SIZE }, (_, y) => Buffer.concat([Buffer.from([0]), rgba.subarray(y * SIZE * 4, (y + 1) * SIZE * 4)])));
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const target = new URL('../media/icon.png', import.meta.url);
writeFileSync(target, png);
console.log(`wrote ${target.pathname} (${png.length} bytes)`);
