/**
 * Math.round to the last bit, about four times faster in V8's optimised loops (which compile
 * Math.floor to one instruction but not Math.round). For 0.5 ≤ v < 2⁵², v + 0.5 is exact, or, where it
 * crosses a power of two, rounds to a number with the same whole part; so its floor is the nearest
 * whole number, halves up, as Math.round gives. Below 0.5 (where 0.5 − 2⁻⁵⁴ would round up), from 2⁵²
 * on (every number already whole, v + 0.5 inexact) and for NaN, Math.round itself is used.
 */
export function round(v: number): number {
  return v >= 0.5 && v < 4503599627370496 ? Math.floor(v + 0.5) : Math.round(v);
}
