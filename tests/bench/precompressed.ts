/**
 * The built app's hashed files (dist/assets: scripts, styles, the built-in scenarios) served gzipped
 * as a static host serves them: compressed once, ahead of the visits. Vite's preview server gzips each
 * response as it is asked for, on the same two cores as the browser it serves; in the interaction
 * benchmark that compressing (tens of ms of CPU per visit, more on a loaded machine) landed in the
 * visit's time, which no visitor of a deployed copy pays. The bytes sent are the same files, gzip -9.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', json: 'application/json' };

/** A preview-server plugin answering GET /assets/<file> from gzip made once, before Vite's own compressing. */
export function precompressedAssets(dist: string): Plugin {
  const files = new Map<string, { type: string; body: Buffer }>();
  for (const name of readdirSync(join(dist, 'assets'))) {
    const type = TYPES[name.slice(name.lastIndexOf('.') + 1)];
    if (type) files.set(`/assets/${name}`, { type, body: gzipSync(readFileSync(join(dist, 'assets', name)), { level: 9 }) });
  }
  return {
    name: 'precompressed-assets',
    configurePreviewServer(server) {
      // Added here, not in a returned hook, so it answers before the preview's compressing middleware.
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const file = req.method === 'GET' && /\bgzip\b/.test(String(req.headers['accept-encoding'])) ? files.get((req.url ?? '').split('?')[0]) : undefined;
        if (!file) return next();
        // As the preview server sends them: revalidated on each use (the files' names carry their hashes).
        res.writeHead(200, { 'Content-Type': file.type, 'Content-Encoding': 'gzip', 'Content-Length': file.body.length, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' });
        res.end(file.body);
      });
    },
  };
}
