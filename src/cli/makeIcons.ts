/**
 * Writes the web app manifest and draws the app icon — a grid of communities inside a 15-minute life
 * circle, with a facility at its centre — as SVG and as PNG at each manifest size: `npm run gen:icons`.
 * The PNGs are rasterised here from the same shapes (4×4 samples a pixel, encoded with node:zlib), so
 * the output is the same byte for byte on every machine; a test checks the committed files against a
 * fresh drawing. vite.config.ts reads the committed manifest.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import { BRAND, ICONS, MANIFEST, MANIFEST_FILE } from './webManifest';

/** Drawing units: the icon is a 512 × 512 square. */
const UNIT = 512;
const C = UNIT / 2;

interface Shape {
  svg: string;
  colour: string;
  contains(x: number, y: number): boolean;
}

function roundedSquare(x: number, y: number, side: number, radius: number, colour: string): Shape {
  const half = side / 2;
  const cx = x + half;
  const cy = y + half;
  return {
    svg: `<rect x="${x}" y="${y}" width="${side}" height="${side}" rx="${radius}" fill="${colour}"/>`,
    colour,
    contains(px, py) {
      const dx = Math.max(Math.abs(px - cx) - (half - radius), 0);
      const dy = Math.max(Math.abs(py - cy) - (half - radius), 0);
      return Math.abs(px - cx) <= half && Math.abs(py - cy) <= half && dx * dx + dy * dy <= radius * radius;
    },
  };
}

function ring(radius: number, width: number, colour: string): Shape {
  return {
    svg: `<circle cx="${C}" cy="${C}" r="${radius}" fill="none" stroke="${colour}" stroke-width="${width}"/>`,
    colour,
    contains(px, py) {
      return Math.abs(Math.hypot(px - C, py - C) - radius) <= width / 2;
    },
  };
}

function disc(radius: number, colour: string): Shape {
  return {
    svg: `<circle cx="${C}" cy="${C}" r="${radius}" fill="${colour}"/>`,
    colour,
    contains: (px, py) => Math.hypot(px - C, py - C) <= radius,
  };
}

/** Back to front. The blocks' corners (172 units from the centre) stay inside the ring (188). */
function shapes(): Shape[] {
  const block = 64;
  const gap = 26;
  const start = C - (3 * block + 2 * gap) / 2;
  const blocks: Shape[] = [];
  for (let row = 0; row < 3; row += 1) {
    for (let col = 0; col < 3; col += 1) {
      if (row === 1 && col === 1) continue;
      blocks.push(roundedSquare(start + col * (block + gap), start + row * (block + gap), block, 10, BRAND.figure));
    }
  }
  return [roundedSquare(0, 0, UNIT, 96, BRAND.ground), ring(200, 24, BRAND.figure), ...blocks, disc(30, BRAND.figure)];
}

export function iconSvg(): string {
  const body = shapes().map((s) => `  ${s.svg}`).join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${UNIT} ${UNIT}">\n${body}\n</svg>\n`;
}

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

const SAMPLES = 4;

/** RGBA rows, each led by PNG filter byte 0; a pixel's alpha is the share of its samples on a shape. */
function raster(size: number): Buffer {
  const drawn = shapes().reverse();
  const colours = drawn.map((s) => rgb(s.colour));
  const row = 1 + 4 * size;
  const out = Buffer.alloc(row * size);
  const scale = UNIT / size;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0];
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) * scale;
          const y = (py + (sy + 0.5) / SAMPLES) * scale;
          const top = drawn.findIndex((s) => s.contains(x, y));
          if (top < 0) continue;
          hits += 1;
          for (let k = 0; k < 3; k += 1) sum[k] += colours[top][k];
        }
      }
      const at = py * row + 1 + 4 * px;
      for (let k = 0; k < 3; k += 1) out[at + k] = hits ? Math.round(sum[k] / hits) : 0;
      out[at + 3] = Math.round((255 * hits) / (SAMPLES * SAMPLES));
    }
  }
  return out;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function iconPng(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits a channel, RGBA, deflate, no filter choice, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raster(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The manifest and each icon file under public/, with their exact bytes. */
export function appFiles(): { file: string; bytes: Buffer }[] {
  return [
    { file: MANIFEST_FILE, bytes: Buffer.from(`${JSON.stringify(MANIFEST, null, 2)}\n`, 'utf8') },
    { file: ICONS.svg, bytes: Buffer.from(iconSvg(), 'utf8') },
    ...ICONS.png.map(({ size, file }) => ({ file, bytes: iconPng(size) })),
  ];
}

export const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { file, bytes } of appFiles()) {
    writeFileSync(PUBLIC_DIR + file, bytes);
    console.log(`${file}: ${bytes.length} bytes`);
  }
}
