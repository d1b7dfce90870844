// How template rules state lengths and overflows, shared by the template's rules and each kind's.

/** A length as rule messages state it: "15.8 mm". */
export const fmt = (n: number) => `${Math.round(n * 10) / 10} mm`;

/** How far a rectangle sticks out of a width x height area, per side (0 when inside). */
export function overflow(
  rect: { xMm: number; yMm: number; widthMm: number; heightMm: number },
  widthMm: number,
  heightMm: number,
) {
  return {
    left: Math.max(0, -rect.xMm),
    top: Math.max(0, -rect.yMm),
    right: Math.max(0, rect.xMm + rect.widthMm - widthMm),
    bottom: Math.max(0, rect.yMm + rect.heightMm - heightMm),
  };
}

/** "15.8 mm on the bottom, 2 mm on the left", or undefined when nothing sticks out. */
export function describeOverflow(o: ReturnType<typeof overflow>): string | undefined {
  const sides = Object.entries(o)
    .filter(([, v]) => v > 1e-6)
    .map(([side, v]) => `${fmt(v)} on the ${side}`);
  return sides.length ? sides.join(', ') : undefined;
}
