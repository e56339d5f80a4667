/**
 * a's values through f, in a plain array grown by push. Not map: once V8 optimises its caller, map
 * makes holey arrays, a new map for the optimised code reading them to drop back on. Not Array.from
 * either: it walks an iterator, an object per value, and a Monte Carlo draw makes these arrays every run.
 * For values other than numbers only: the array literal here is one allocation site for every caller,
 * and once it has held other values V8 makes every later array of it ready for any value, each number
 * boxed as an object of its own (number arrays made here doubled a draw's scavenges).
 */
export function packedMap<T, U>(a: ArrayLike<T>, f: (value: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let k = 0; k < a.length; k++) out.push(f(a[k], k));
  return out;
}
