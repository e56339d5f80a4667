/**
 * A scenario carried whole in a link's fragment — `#/share/s1.<data>`, the data being the JSON
 * compressed with deflate-raw (CompressionStream, built into browsers and Node) in base64url — so
 * sharing needs no server and nothing leaves the browser until the user pastes the link somewhere.
 * The fragment is never sent in an HTTP request, only read by the page.
 */
import type { Scenario } from '../../engine/scenario';
import { SHARE_TEXT } from '../../i18n/share';

export const SHARE_ROUTE = '#/share/';
/** The format marker: a later format gets s2 and this one keeps decoding. */
const VERSION = 's1.';

/**
 * The longest link offered for copying. RFC 9110 §4.1 asks every sender and recipient to support
 * URIs of at least 8,000 octets; past that, browsers still cope but chat tools, mail clients and
 * office documents are known to cut or refuse long links, and a cut link cannot be decoded. Larger
 * scenarios travel as an exported file instead.
 */
export const MAX_LINK_LENGTH = 8000;

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

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
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

/** The payload for a scenario: `s1.` + base64url(deflate-raw(JSON)). */
export async function encodeScenario(scenario: Scenario): Promise<string> {
  const bytes = await pipe(new TextEncoder().encode(JSON.stringify(scenario)), new CompressionStream('deflate-raw'));
  return VERSION + toBase64Url(bytes);
}

/** The link to open a scenario: this page's address with the payload in the fragment. */
export function shareUrl(pageUrl: string, payload: string): string {
  return `${pageUrl.replace(/#.*$/, '')}${SHARE_ROUTE}${payload}`;
}

/**
 * The data a payload carries (not yet validated as a scenario: the caller runs the engine's check).
 * Throws ShareError saying what is wrong and what to do.
 */
export async function decodePayload(payload: string): Promise<unknown> {
  let text = payload.trim();
  try {
    // Some mail clients and chat tools percent-encode the fragment when they pass a link on.
    text = decodeURIComponent(text);
  } catch {
    fail('characters');
  }
  if (text === '') fail('empty');
  if (!text.startsWith(VERSION)) fail(/^s\d+\./.test(text) ? 'version' : 'characters');
  const bytes = fromBase64Url(text.slice(VERSION.length));
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(await pipe(bytes, new DecompressionStream('deflate-raw')));
  } catch {
    fail('damaged');
  }
  try {
    return JSON.parse(json);
  } catch (error) {
    fail('notJson', error instanceof Error ? error.message : String(error));
  }
}
