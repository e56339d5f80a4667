/**
 * The installed app's identity: names, colours and icons, written to public/ as the web app manifest
 * and the icons by npm run gen:icons (Node only, never in the page). The colours come from the shared
 * stylesheet, so the title bar and the icon match the app's own header.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Read as data, not imported: the stylesheet is the one place the header's colours are set.
const BASE_CSS = join(fileURLToPath(new URL('../..', import.meta.url)), 'src/ui/styles/base.css');

function cssColour(css: string, name: string): string {
  const found = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})\\s*;`).exec(css);
  if (!found) throw new Error(`src/ui/styles/base.css has no --${name} colour`);
  return found[1].toLowerCase();
}

const css = readFileSync(BASE_CSS, 'utf8');

/** The header's colours: the icon's ground and figure, the title bar and the splash screen. */
export const BRAND = { ground: cssColour(css, 'brand'), figure: cssColour(css, 'brand-ink') };

/** The manifest and icons under public/. */
export const MANIFEST_FILE = 'manifest.webmanifest';
export const ICONS = {
  svg: 'icons/icon.svg',
  png: [192, 512].map((size) => ({ size, file: `icons/icon-${size}.png` })),
};

export const MANIFEST = {
  name: '社区规划沙盘',
  short_name: '沙盘',
  description: '社区建设规划与预算测算：人员配备、用房面积、经费与15分钟生活圈覆盖，全部在本机计算。',
  lang: 'zh-CN',
  dir: 'ltr' as const,
  start_url: '.',
  scope: '.',
  display: 'standalone' as const,
  theme_color: BRAND.ground,
  background_color: BRAND.figure,
  icons: [
    { src: ICONS.svg, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ...ICONS.png.map(({ size, file }) => ({ src: file, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
  ],
};
