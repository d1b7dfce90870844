// A crew-neck tee's silhouette in mm from the size's points of measure: x from the centre
// front, y down from the high point of the shoulder. The catalogue drawing and the 3D model
// both use it, each with its own sleeve angle (laid flat, or worn).
import type { Pt } from '../../templates/geometry';
import type { TeeGeometry } from './schema';

// Proportions a size chart does not state, taken from a typical short-sleeve tee.
const SHOULDER_TO_CHEST = 0.86;
const SHOULDER_SLOPE = 0.18;
const SLEEVE_OPENING_TO_CHEST = 0.36;

/** Key points of the right half of the silhouette for one size (layout mm). */
export function teeSilhouette(g: TeeGeometry, m: Record<string, number>, sleeveAngle: number) {
  const chest = m.chestWidthMm ?? 500;
  const length = m.bodyLengthMm ?? 700;
  const sleeve = m.sleeveLengthMm ?? 210;
  const half = chest / 2;
  const neck = g.neckWidthMm / 2;
  const shoulder: Pt = [half * SHOULDER_TO_CHEST, (half * SHOULDER_TO_CHEST - neck) * SHOULDER_SLOPE];
  const armpit: Pt = [half, Math.min(chest * 0.46, length * 0.36)];
  const opening = chest * SLEEVE_OPENING_TO_CHEST;
  // Sleeves hang at `sleeveAngle` (radians below horizontal) unless the cuff would then fold over the body (short
  // sleeves on a wide size): lift them until the cuff clears the side seam.
  let angle = sleeveAngle;
  const cuffX = (a: number) => shoulder[0] + sleeve * Math.cos(a) - opening * Math.sin(a);
  while (angle > 0.2 && cuffX(angle) < half + opening * 0.25) angle -= 0.01;
  const dir: Pt = [Math.cos(angle), Math.sin(angle)];
  const cuffOuter: Pt = [shoulder[0] + sleeve * dir[0], shoulder[1] + sleeve * dir[1]];
  const cuffInner: Pt = [cuffOuter[0] - opening * dir[1], cuffOuter[1] + opening * dir[0]];
  return { chest, length, half, neck, shoulder, armpit, dir, cuffOuter, cuffInner, hem: [half, length] as Pt };
}
