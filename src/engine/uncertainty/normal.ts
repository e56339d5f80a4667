/**
 * The standard normal distribution function and its inverse, in double precision, with no platform
 * API (so a draw is the same number in every host).
 */

const CDF_NUM = [3.52624965998911e-2, 0.700383064443688, 6.37396220353165, 33.912866078383, 112.079291497871, 221.213596169931, 220.206867912376];
const CDF_DEN = [8.83883476483184e-2, 1.75566716318264, 16.064177579207, 86.7807322029461, 296.564248779674, 637.333633378831, 793.826512519948, 440.413735824752];

/** A polynomial in z, highest power first, by Horner's rule: the same steps, in the same order, as written out by hand. */
function horner(coefficients: readonly number[], z: number): number {
  let sum = coefficients[0];
  for (let i = 1; i < coefficients.length; i++) sum = sum * z + coefficients[i];
  return sum;
}

/**
 * Φ(x): Hart's (1968) rational approximation as arranged by West, "Better approximations to cumulative
 * normal functions" (2005), accurate to double precision over the whole line.
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x);
  let c = 0;
  if (z <= 37) {
    const e = Math.exp((-z * z) / 2);
    if (z < 7.07106781186547) {
      const num = horner(CDF_NUM, z);
      const den = horner(CDF_DEN, z);
      c = (e * num) / den;
    } else {
      // The tail's continued fraction, innermost term first.
      let b = z + 0.65;
      for (const k of [4, 3, 2, 1]) b = z + k / b;
      c = e / b / 2.506628274631;
    }
  }
  return x > 0 ? 1 - c : c;
}

// AS 241's three rational functions: the centre (|q| ≤ 0.425), near tails (r ≤ 5) and far tails.
const Q_CENTRAL_NUM = [2509.0809287301226727, 33430.575583588128105, 67265.770927008700853, 45921.953931549871457, 13731.693765509461125, 1971.5909503065514427, 133.14166789178437745, 3.387132872796366608];
const Q_CENTRAL_DEN = [5226.495278852545925, 28729.085735721942674, 39307.89580009271061, 21213.794301586595867, 5394.1960214247511077, 687.1870074920579083, 42.313330701600911252, 1];
const Q_NEAR_NUM = [7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177, 1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055, 4.6303378461565452959, 1.42343711074968357734];
const Q_NEAR_DEN = [1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966, 0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494, 2.05319162663775882187, 1];
const Q_FAR_NUM = [2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386, 0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358, 5.4637849111641143699, 6.6579046435011037772];
const Q_FAR_DEN = [2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5, 7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531, 0.59983220655588793769, 1];

/** Φ⁻¹(p) for 0 < p < 1: Wichura's algorithm AS 241 (PPND16, Applied Statistics 37, 1988), about 1e-16 relative. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return -Infinity;
    if (p === 1) return Infinity;
    return NaN;
  }
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * horner(Q_CENTRAL_NUM, r)) / horner(Q_CENTRAL_DEN, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let val: number;
  if (r <= 5) {
    r -= 1.6;
    val = horner(Q_NEAR_NUM, r) / horner(Q_NEAR_DEN, r);
  } else {
    r -= 5;
    val = horner(Q_FAR_NUM, r) / horner(Q_FAR_DEN, r);
  }
  return q < 0 ? -val : val;
}
