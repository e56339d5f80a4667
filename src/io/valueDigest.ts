/**
 * A digest of plain data as structured clone delivers it (objects, arrays, strings, numbers, booleans,
 * null, undefined), made by walking it: for a province, JSON.stringify would write out 17 MB of text
 * for each side of a comparison. Two 32-bit lanes mixed as in cyrb53, with the count of words fed:
 * values that differ in any key, key order, type, string or number bit give different digests, up to
 * the odds of a 53-bit collision.
 */

const f64 = new Float64Array(1);
const words = new Uint32Array(f64.buffer);

const TAG = { undefined: 1, null: 2, false: 3, true: 4, int: 5, number: 6, string: 7, array: 8, object: 9 } as const;

class Digest {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  count = 0;

  word(x: number): void {
    this.h1 = Math.imul(this.h1 ^ x, 2654435761);
    this.h2 = Math.imul(this.h2 ^ x, 1597334677);
    this.count++;
  }

  /** Two UTF-16 code units a word, after the length (which tells an odd last unit from a pair). */
  string(s: string): void {
    const n = s.length;
    this.word(n);
    let i = 0;
    for (; i + 1 < n; i += 2) this.word(s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16));
    if (i < n) this.word(s.charCodeAt(i));
  }

  value(v: unknown): void {
    if (v === undefined || v === null) this.word(v === null ? TAG.null : TAG.undefined);
    else if (typeof v === 'boolean') this.word(v ? TAG.true : TAG.false);
    else if (typeof v === 'number') {
      // Most of a scenario's numbers are small whole ones: one word each, apart from −0.
      if ((v | 0) === v && (v !== 0 || 1 / v > 0)) {
        this.word(TAG.int);
        this.word(v);
      } else {
        f64[0] = v;
        this.word(TAG.number);
        this.word(words[0]);
        this.word(words[1]);
      }
    } else if (typeof v === 'string') {
      this.word(TAG.string);
      this.string(v);
    } else if (Array.isArray(v)) {
      this.word(TAG.array);
      this.word(v.length);
      for (const item of v) this.value(item);
    } else if (typeof v === 'object' && isPlain(v)) {
      const keys = Object.keys(v);
      this.word(TAG.object);
      this.word(keys.length);
      for (const key of keys) {
        this.string(key);
        this.value((v as Record<string, unknown>)[key]);
      }
    } else throw new Unsupported();
  }

  result(): string {
    let { h1, h2 } = this;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return `${this.count}:${4294967296 * (2097151 & h2) + (h1 >>> 0)}`;
  }
}

class Unsupported extends Error {}

/** A scenario is plain data; a Date, Map or typed array has state its keys do not show. */
function isPlain(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** The digest, or null for a value holding anything but plain data (which then matches nothing). */
export function digestOf(value: unknown): string | null {
  const d = new Digest();
  try {
    d.value(value);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  return d.result();
}
