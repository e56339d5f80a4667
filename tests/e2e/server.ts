/** Build the app and serve dist/ on a free localhost port: for the end-to-end tests and the interaction benchmark. */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, type Plugin } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');

/**
 * `vite build` in a child process: vitest sets NODE_ENV=test in its own process, which would make
 * an in-process build a development build. The child gets a clean production environment.
 */
export function buildApp(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], { cwd: root, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`))));
  });
}

/** Serve dist/ on 127.0.0.1 at a port the system picks (plugins: the benchmark's way of serving); returns the URL and a way to stop. */
export async function serveDist(plugins: Plugin[] = []): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({
    root,
    logLevel: 'warn',
    plugins,
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
