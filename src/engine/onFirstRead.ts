/**
 * Makes o[key] a value worked out on its first read and kept from then on (a projection's figures that
 * most runs never read: steps/payLater.ts, leaversLater.ts, qualificationsLater.ts, fundsLater.ts). The
 * property stays configurable, so releasing the projection (release.ts) can still make it throw.
 */
export function onFirstRead<O extends object, K extends keyof O>(o: O, key: K, make: () => O[K]): void {
  const keep = (value: O[K]) => Object.defineProperty(o, key, { value, writable: true, configurable: true, enumerable: true });
  Object.defineProperty(o, key, {
    get: () => (keep(make()), o[key]),
    set: keep,
    configurable: true,
    enumerable: true,
  });
}
