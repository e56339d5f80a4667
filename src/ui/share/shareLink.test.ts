import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { constants, createDeflateRaw } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/scenario';
import { tinyCity, community } from '../../fixtures/tinyCity';
import { decodePayload, encodeScenario, fromBase64Url, MAX_INFLATED, MAX_LINK_LENGTH, parseShareHash, ShareError, shareUrl, toBase64Url } from './shareLink';

const demo = JSON.parse(readFileSync(fileURLToPath(new URL('../../../scenarios/demo-15th-fyp.json', import.meta.url)), 'utf8')) as Scenario;
const small = tinyCity([
  community({ id: 'c1', name: '梅园新村社区', estimated: true }),
  community({ id: 'c2', kind: 'rural', households: 350 }),
  community({ id: 'c3', estimated: true, estimatedFields: ['staff', 'space'] }),
]);

async function shareErrorOf(payload: string): Promise<ShareError> {
  try {
    await decodePayload(payload);
  } catch (error) {
    if (error instanceof ShareError) return error;
    throw error;
  }
  throw new Error('decoded without an error');
}

describe('share links', () => {
  it('round-trips a scenario: encode → link → parse → decode gives it back unchanged', async () => {
    const before = structuredClone(small);
    const payload = await encodeScenario(small);
    expect(payload).toMatch(/^s1\.[A-Za-z0-9_-]+$/);
    const url = shareUrl('http://127.0.0.1:4300/index.html#/s/abc/results', payload);
    expect(url).toBe(`http://127.0.0.1:4300/index.html#/share/${payload}`);
    const parsed = parseShareHash(new URL(url).hash);
    expect(parsed).toEqual({ payload });
    expect(await decodePayload(parsed!.payload)).toEqual(small);
    expect(small).toEqual(before);
  });

  it('round-trips the demo (800 communities, with geometry) and says how long its link is', async () => {
    const payload = await encodeScenario(demo);
    expect(await decodePayload(payload)).toEqual(demo);
    // The demo is far past what a link should carry: the button offers a file instead.
    expect(payload.length).toBeGreaterThan(MAX_LINK_LENGTH);
  });

  it('reads a payload that a mail client percent-encoded', async () => {
    const payload = await encodeScenario(small);
    expect(await decodePayload(encodeURIComponent(payload).replace(/\./g, '%2E'))).toEqual(small);
  });

  it('tells share hashes from other routes', () => {
    expect(parseShareHash('#/share/s1.abc')).toEqual({ payload: 's1.abc' });
    expect(parseShareHash('/share/')).toEqual({ payload: '' });
    expect(parseShareHash('#/s/abc/results')).toBeNull();
    expect(parseShareHash('')).toBeNull();
  });

  it('base64url round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 * 3 + 1 }, (_, i) => (i * 7) % 256);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
  });

  it('stops reading a link that inflates past the cap, without inflating it all', async () => {
    // 200 MB of spaces deflate to about 200 KB (deflate's best ratio is about 1,000 : 1), written a
    // megabyte at a time so the test itself never holds 200 MB.
    const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
    const chunks: Buffer[] = [];
    deflate.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => deflate.on('end', resolve));
    const megabyte = Buffer.alloc(1 << 20, 0x20);
    for (let i = 0; i < 200; i++) deflate.write(megabyte);
    deflate.end();
    await done;
    const payload = `s1.${toBase64Url(new Uint8Array(Buffer.concat(chunks)))}`;
    expect(payload.length).toBeLessThan(400_000);
    const before = process.memoryUsage().arrayBuffers;
    const error = await shareErrorOf(payload);
    expect(error.zh).toMatch(/超过 16 MB/);
    expect(error.en).toMatch(/more than 16 MB/);
    // Stopped at the cap: far less than the 200 MB a full inflation would hold.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(4 * MAX_INFLATED);
  });

  it('the cap leaves room for the largest built-in scenario several times over', () => {
    const bytes = readFileSync(fileURLToPath(new URL('../../../scenarios/demo-15th-fyp.json', import.meta.url))).length;
    expect(bytes * 10).toBeLessThan(MAX_INFLATED);
  });

  describe('a corrupted link gives a clear error in both languages', () => {
    const cases: { name: string; corrupt: (p: string) => string; zh: RegExp; en: RegExp }[] = [
      { name: 'cut short in transit', corrupt: (p) => p.slice(0, Math.floor(p.length / 2)), zh: /已损坏/, en: /damaged/ },
      { name: 'a character changed', corrupt: (p) => `${p.slice(0, 20)}${p[20] === 'A' ? 'B' : 'A'}${p.slice(21)}`, zh: /已损坏|不是方案数据/, en: /damaged|does not hold scenario data/ },
      { name: 'foreign characters', corrupt: (p) => `${p.slice(0, 10)}*!${p.slice(10)}`, zh: /不应出现的字符/, en: /characters it should not/ },
      { name: 'nothing after #/share/', corrupt: () => '', zh: /没有方案数据/, en: /no scenario/ },
      { name: 'a newer format', corrupt: (p) => p.replace(/^s1\./, 's3.'), zh: /更新版本/, en: /newer version/ },
      { name: 'compressed text that is not JSON', corrupt: () => 's1.K0ktLgEA', zh: /不是方案数据/, en: /does not hold scenario data/ },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const error = await shareErrorOf(c.corrupt(await encodeScenario(small)));
        expect(error.zh).toMatch(c.zh);
        expect(error.en).toMatch(c.en);
        expect(error.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(error.en).toMatch(/^[\x20-\x7e“”’—]+$/);
      });
    }
  });
});
