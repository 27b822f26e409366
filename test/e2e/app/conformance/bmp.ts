/** Test images a page can make and a test can compare with (no durable/ imports: Node tests load this too). */

/** A BMP (uncompressed, so a page can draw one without zlib): a `w`×`h` gradient. */
export function gradientBmp(w: number, h: number): Uint8Array {
  const row = Math.ceil((w * 3) / 4) * 4;
  const size = 54 + row * h;
  const b = new Uint8Array(size);
  const v = new DataView(b.buffer);
  b.set([0x42, 0x4d]);
  v.setUint32(2, size, true);
  v.setUint32(10, 54, true);
  v.setUint32(14, 40, true);
  v.setInt32(18, w, true);
  v.setInt32(22, h, true);
  v.setUint16(26, 1, true);
  v.setUint16(28, 24, true);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const at = 54 + y * row + x * 3;
      b.set([Math.round((255 * y) / h), 120, Math.round((255 * x) / w)], at); // B G R
    }
  }
  return b;
}
