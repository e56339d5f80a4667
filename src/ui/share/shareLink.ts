/**
 * A scenario carried in a link's fragment — `#/share/s1.<data>`, the data being the JSON compressed
 * with deflate-raw (CompressionStream, built into browsers and Node) in base64url — so sharing needs
 * no server and nothing leaves the browser until the user pastes the link somewhere. The fragment is
 * never sent in an HTTP request, only read by the page. `s2.` carries a real city's scenario as its
 * division code and the user's changes (compactShare.ts), in the same wrapping.
 */
import type { Scenario } from '../../engine/scenario';
import { SHARE_TEXT } from '../../i18n/share';
import { compactDataOf, CompactError, scenarioOfCompact, type ShareBases } from './compactShare';

export const SHARE_ROUTE = '#/share/';
/** The format markers: the whole scenario, and a division city's compact form. A later format gets s3 and these keep decoding. */
const WHOLE = 's1.';
const COMPACT = 's2.';

/**
 * The longest link offered for copying. RFC 9110 §4.1 asks every sender and recipient to support
 * URIs of at least 8,000 octets; past that, browsers still cope but chat tools, mail clients and
 * office documents are known to cut or refuse long links, and a cut link cannot be decoded. Larger
 * scenarios travel as an exported file instead.
 */
export const MAX_LINK_LENGTH = 8000;

/**
 * The most JSON a link may inflate to. Deflate packs up to about 1,000 : 1, so a link of a few
 * hundred kilobytes can unpack to gigabytes and bring the tab down. The 800-community demo with its
 * geometry is 0.67 MB of JSON and the largest city the design plans for (3,000 communities) about
 * 2.5 MB; 16 MiB leaves six times that and stays small for any tab.
 */
export const MAX_INFLATED = 16 * 1024 * 1024;

/** A link that cannot be opened, said in both languages. */
export class ShareError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

function fail(key: keyof (typeof SHARE_TEXT)['en']['errors'], detail = ''): never {
  const zh = SHARE_TEXT['zh-CN'].errors[key];
  const en = SHARE_TEXT.en.errors[key];
  throw new ShareError(detail ? `${zh}（${detail}）` : zh, detail ? `${en} (${detail})` : en);
}

/** The payload after `#/share/`, or null when the hash is not a share link (the router's test). */
export function parseShareHash(hash: string): { payload: string } | null {
  const h = hash.startsWith('#') ? hash : `#${hash}`;
  if (!h.startsWith(SHARE_ROUTE)) return null;
  return { payload: h.slice(SHARE_ROUTE.length) };
}

function streamOf(bytes: Uint8Array, through: CompressionStream | DecompressionStream): ReadableStream<Uint8Array> {
  return new Blob([bytes as BlobPart]).stream().pipeThrough(through);
}

/** The inflated bytes, or 'tooLarge' as soon as they pass MAX_INFLATED (the rest is never inflated); throws on damaged data. */
async function inflate(bytes: Uint8Array): Promise<Uint8Array | 'tooLarge'> {
  const reader = streamOf(bytes, new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_INFLATED) {
      await reader.cancel().catch(() => undefined);
      return 'tooLarge';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list well under engines' limits.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) fail('characters');
  // No base64 text is 1 more than a multiple of 4 long: the link was cut.
  if (text.length % 4 === 1) fail('damaged');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

async function packed(value: unknown): Promise<string> {
  const bytes = new Uint8Array(await new Response(streamOf(new TextEncoder().encode(JSON.stringify(value)), new CompressionStream('deflate-raw'))).arrayBuffer());
  return toBase64Url(bytes);
}

/** The payload for a scenario: `s1.` + base64url(deflate-raw(JSON)). */
export async function encodeScenario(scenario: Scenario): Promise<string> {
  return WHOLE + (await packed(scenario));
}

/** The compact payload (`s2.`) of a scenario on a real city's divisions, or null when it is not one. */
export async function encodeCompact(scenario: Scenario, bases: ShareBases): Promise<string | null> {
  const data = await compactDataOf(scenario, bases);
  return data ? COMPACT + (await packed(data)) : null;
}

/** The shorter of the whole and the compact payload; the whole one when the division files cannot be read. */
export async function encodeShortest(scenario: Scenario, bases: ShareBases): Promise<string> {
  const whole = await encodeScenario(scenario);
  const compact = await encodeCompact(scenario, bases).catch(() => null);
  return compact && compact.length < whole.length ? compact : whole;
}

/** The link to open a scenario: this page's address with the payload in the fragment. */
export function shareUrl(pageUrl: string, payload: string): string {
  return `${pageUrl.replace(/#.*$/, '')}${SHARE_ROUTE}${payload}`;
}

/**
 * The data a payload carries (not yet validated as a scenario: the caller runs the engine's check);
 * a compact payload waits for its city's division file and the demo from bases.
 * Throws ShareError saying what is wrong and what to do.
 */
export async function decodePayload(payload: string, bases?: ShareBases): Promise<unknown> {
  let text = payload.trim();
  try {
    // Some mail clients and chat tools percent-encode the fragment when they pass a link on.
    text = decodeURIComponent(text);
  } catch {
    fail('characters');
  }
  if (text === '') fail('empty');
  const compact = text.startsWith(COMPACT);
  if (!text.startsWith(WHOLE) && !compact) fail(/^s\d+\./.test(text) ? 'version' : 'characters');
  const data = await unpacked(text.slice(text.indexOf('.') + 1));
  if (!compact) return data;
  if (!bases) throw new Error('a compact share link needs the division files to open');
  try {
    return await scenarioOfCompact(data, bases);
  } catch (error) {
    if (!(error instanceof CompactError)) throw error;
    const { problem } = error;
    return problem.kind === 'bases' ? fail('basesFailed', problem.detail) : fail(problem.kind === 'changed' ? 'baseChanged' : 'damaged');
  }
}

/** The JSON inside base64url(deflate-raw(…)), inflated no further than MAX_INFLATED. */
async function unpacked(base64: string): Promise<unknown> {
  const bytes = fromBase64Url(base64);
  let inflated: Uint8Array | 'tooLarge';
  let json: string;
  try {
    inflated = await inflate(bytes);
    json = inflated === 'tooLarge' ? '' : new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    fail('damaged');
  }
  if (inflated === 'tooLarge') fail('tooLarge');
  try {
    return JSON.parse(json);
  } catch (error) {
    fail('notJson', error instanceof Error ? error.message : String(error));
  }
}
