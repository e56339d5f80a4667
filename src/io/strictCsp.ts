/**
 * zod, configured for the page's Content-Security-Policy. zod asks whether it may compile validators
 * with `new Function` when it builds each object schema; under the policy (no 'unsafe-eval') the answer
 * is no, but the asking itself is reported as a `script-src eval` violation. jitless skips the question
 * and the compiled path: zod validates by its interpreted path, with the same results and, for a full
 * Nanjing scenario, no slower.
 * Every schema module takes z from here, never from 'zod' itself: the bundler may put schemas in a
 * chunk that runs before any entry's own code, so the setting must travel with z.
 */
import { config, z } from 'zod';

config({ jitless: true });

export { z };
