/**
 * GCJ-02 (火星坐标, the offset datum of Chinese web maps) to and from WGS-84. The forward transform is
 * the widely published one on the Krasovsky 1940 ellipsoid; it is not invertible in closed form, so
 * the inverse iterates w ← w − (forward(w) − g), which converges to well under a millimetre within a
 * few steps because the offset (a few hundred metres) changes slowly with position. Outside China the
 * two datums coincide.
 */

// Krasovsky 1940: semi-major axis (m) and first eccentricity squared, as the transform defines them.
const A = 6378245.0;
const EE = 0.00669342162296594323;
const PI = Math.PI;

/** The bounding box the transform is applied in; outside it GCJ-02 is WGS-84. */
export function outOfChina(lon: number, lat: number): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function offsetLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * PI) + 20 * Math.sin(2 * x * PI)) * 2) / 3;
  r += ((20 * Math.sin(y * PI) + 40 * Math.sin((y / 3) * PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * PI) + 320 * Math.sin((y * PI) / 30)) * 2) / 3;
  return r;
}

function offsetLon(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * PI) + 20 * Math.sin(2 * x * PI)) * 2) / 3;
  r += ((20 * Math.sin(x * PI) + 40 * Math.sin((x / 3) * PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * PI) + 300 * Math.sin((x / 30) * PI)) * 2) / 3;
  return r;
}

export function wgs84ToGcj02(lon: number, lat: number): [number, number] {
  if (outOfChina(lon, lat)) return [lon, lat];
  const dLat = offsetLat(lon - 105, lat - 35);
  const dLon = offsetLon(lon - 105, lat - 35);
  const radLat = (lat / 180) * PI;
  const magic = 1 - EE * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  return [lon + (dLon * 180) / ((A / sqrtMagic) * Math.cos(radLat) * PI), lat + (dLat * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * PI)];
}

/** The iterative inverse: stops when a step moves the point by less than 1e-9° (about 0.1 mm). */
export function gcj02ToWgs84(lon: number, lat: number): [number, number] {
  if (outOfChina(lon, lat)) return [lon, lat];
  let wLon = lon;
  let wLat = lat;
  for (let i = 0; i < 30; i++) {
    const [gLon, gLat] = wgs84ToGcj02(wLon, wLat);
    const dLon = gLon - lon;
    const dLat = gLat - lat;
    wLon -= dLon;
    wLat -= dLat;
    if (Math.abs(dLon) < 1e-9 && Math.abs(dLat) < 1e-9) break;
  }
  return [wLon, wLat];
}
