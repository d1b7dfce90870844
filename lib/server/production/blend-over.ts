import 'server-only';
// Porter-Duff "over" of a straight-alpha RGBA patch onto a straight-alpha RGBA canvas, in
// place. Only the patch's pixels are touched, which is what makes a 15-megapixel print canvas
// cheap to lay a few small text rasters on.

/** RGBA pixels (straight alpha) placed at left/top of a canvas, wholly inside it. */
export type Patch = { data: Buffer; width: number; height: number; left: number; top: number };

/**
 * Lays `patch` over `canvas` (canvasWidth pixels wide). With `canvasEmpty` (nothing drawn
 * yet, all transparent) the rows are copied, which is what "over" gives on transparency.
 */
export function blendOver(canvas: Buffer, canvasWidth: number, patch: Patch, canvasEmpty = false): void {
  const rowBytes = patch.width * 4;
  for (let y = 0; y < patch.height; y++) {
    const src = y * rowBytes;
    const dst = ((patch.top + y) * canvasWidth + patch.left) * 4;
    if (canvasEmpty) {
      patch.data.copy(canvas, dst, src, src + rowBytes);
      continue;
    }
    for (let i = 0; i < rowBytes; i += 4) {
      const sa = patch.data[src + i + 3]!;
      if (sa === 0) continue;
      const d = dst + i;
      if (sa === 255) {
        canvas[d] = patch.data[src + i]!;
        canvas[d + 1] = patch.data[src + i + 1]!;
        canvas[d + 2] = patch.data[src + i + 2]!;
        canvas[d + 3] = 255;
        continue;
      }
      // Straight alpha: out = (s·sa + d·da·(1 − sa)) / outA, in units of 1/255.
      const da = canvas[d + 3]!;
      const dw = (da * (255 - sa)) / 255;
      const outA = sa + dw;
      for (let c = 0; c < 3; c++) canvas[d + c] = Math.round((patch.data[src + i + c]! * sa + canvas[d + c]! * dw) / outA);
      canvas[d + 3] = Math.round(outA);
    }
  }
}
