/**
 * zod asks once, when it builds its first object schema, whether it may compile validators with
 * `new Function`. Under the page's Content-Security-Policy (no 'unsafe-eval') the answer is no, but
 * the asking itself is reported as a `script-src eval` violation (seen when the Excel code first
 * loads). jitless skips the question and the compiled path: zod validates by its interpreted path,
 * with the same results and, for a full Nanjing scenario, no slower.
 * Imported first by each entry that builds schemas (src/main.ts, workers/engine.worker.ts), so it
 * runs before any schema module.
 */
import { config } from 'zod';

config({ jitless: true });
