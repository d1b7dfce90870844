// The phone case's outer size, from the device it fits and the shell around it: the surfaces,
// the drawing and the 3D model all start from it.
import type { PhoneCaseGeometry } from './schema';

/** Phone case outer size: the device plus clearance and wall on each side. */
export function phoneCaseOuter(g: PhoneCaseGeometry) {
  const side = g.shell.clearanceMm + g.shell.wallMm;
  return {
    widthMm: g.device.widthMm + 2 * side,
    heightMm: g.device.heightMm + 2 * side,
    depthMm: g.device.depthMm + g.shell.backMm + g.shell.clearanceMm + g.shell.lipMm,
    cornerRadiusMm: g.device.cornerRadiusMm + side,
  };
}
