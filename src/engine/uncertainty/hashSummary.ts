/**
 * A stable fingerprint of any plain result (a draw summary, a chunk): FNV-1a (32-bit) over every
 * number's IEEE-754 bytes and every string's UTF-16 code units, walking object keys in sorted order.
 * Two results hash alike only when every number is bit-for-bit the same, which is what the
 * "1 worker or N" tests need.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function hashOf(value: unknown): string {
  let h = FNV_OFFSET;
  const view = new DataView(new ArrayBuffer(8));
  const byte = (b: number) => {
    h = Math.imul(h ^ b, FNV_PRIME) >>> 0;
  };
  const num = (x: number) => {
    // Every NaN one way, so the hash does not depend on a NaN's payload bits.
    view.setFloat64(0, Number.isNaN(x) ? NaN : x === 0 ? 0 : x, true);
    for (let i = 0; i < 8; i++) byte(view.getUint8(i));
  };
  const str = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const u = s.charCodeAt(i);
      byte(u & 0xff);
      byte(u >>> 8);
    }
    byte(0);
  };
  const walk = (v: unknown): void => {
    if (typeof v === 'number') num(v);
    else if (typeof v === 'string') str(v);
    else if (typeof v === 'boolean') byte(v ? 1 : 2);
    else if (v === null || v === undefined) byte(3);
    else if (ArrayBuffer.isView(v)) {
      const a = v as unknown as ArrayLike<number>;
      byte(4);
      for (let i = 0; i < a.length; i++) num(a[i]);
    } else if (Array.isArray(v)) {
      byte(5);
      v.forEach(walk);
      byte(6);
    } else if (typeof v === 'object') {
      byte(7);
      for (const k of Object.keys(v).sort()) {
        str(k);
        walk((v as Record<string, unknown>)[k]);
      }
      byte(8);
    }
  };
  walk(value);
  return h.toString(16).padStart(8, '0');
}
