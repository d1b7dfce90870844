// A phone case seen from behind: the back, its camera cut-out and the zones on the back.
import {
  num,
  roundedRectPath,
  strokeFor,
  type Drawing,
  type Palette,
  type PlacedZone,
  zoneOutline,
} from '../../render/illustration/svg';
import type { KindDrawing } from '../kind';
import { phoneCaseOuter } from './layout';
import type { PhoneCaseGeometry } from './schema';

type Lens = { x: number; y: number; r: number };

/** Lens positions inside the camera cut-out: a triangle in a squarish island, a row in a strip. */
function lenses(x: number, y: number, w: number, h: number): Lens[] {
  const aspect = w / h;
  if (aspect > 0.7 && aspect < 1.4) {
    const r = Math.min(w, h) * 0.2;
    return [
      { x: x + w * 0.3, y: y + h * 0.28, r },
      { x: x + w * 0.3, y: y + h * 0.72, r },
      { x: x + w * 0.72, y: y + h * 0.5, r },
    ];
  }
  const long = Math.max(w, h);
  const short = Math.min(w, h);
  const count = long / short >= 2.6 ? 3 : 2;
  const r = short * 0.3;
  const step = (long - short * 0.4) / count;
  return Array.from({ length: count }, (_, i) => {
    const along = short * 0.2 + step * (i + 0.5);
    return aspect >= 1 ? { x: x + along, y: y + h / 2, r } : { x: x + w / 2, y: y + along, r };
  });
}

function lens({ x, y, r }: Lens, sw: number): string {
  return (
    `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}" fill="#2c2c31" stroke="#55555c" stroke-width="${num(sw * 0.6)}"/>` +
    `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r * 0.6)}" fill="#0b0b14"/>` +
    `<circle cx="${num(x - r * 0.22)}" cy="${num(y - r * 0.22)}" r="${num(r * 0.16)}" fill="#ffffff" fill-opacity="0.45"/>`
  );
}

/** Draws the case back to scale with its camera hole and the zones on the back surface. */
export function drawPhoneCase(g: PhoneCaseGeometry, zones: PlacedZone[], p: Palette): Drawing {
  const { widthMm: w, heightMm: h, cornerRadiusMm: r } = phoneCaseOuter(g);
  const sw = strokeFor(w, h);
  const inset = sw * 1.6;
  const cam = g.camera;
  const parts = [
    `<path d="${roundedRectPath(0, 0, w, h, r)}" fill="${p.body}" fill-opacity="${p.bodyOpacity}" stroke="${p.edge}" stroke-width="${num(sw)}"/>`,
    // A light inner line where the wall turns into the back reads as the case's raised edge.
    `<path d="${roundedRectPath(inset, inset, w - 2 * inset, h - 2 * inset, r - inset)}" fill="none" stroke="#ffffff" stroke-opacity="0.35" stroke-width="${num(sw * 0.8)}"/>`,
    `<path d="${roundedRectPath(cam.xMm, cam.yMm, cam.widthMm, cam.heightMm, cam.cornerRadiusMm)}" fill="#17171a" stroke="${p.detail}" stroke-width="${num(sw)}"/>`,
    ...lenses(cam.xMm, cam.yMm, cam.widthMm, cam.heightMm).map((l) => lens(l, sw)),
    ...zones
      .filter((z) => z.surface === 'back')
      .map(({ id, rect: z }) => {
        // Print stops at the case edge, so a zone near the corners follows their curve.
        const margin = Math.min(z.xMm, z.yMm, w - z.xMm - z.widthMm, h - z.yMm - z.heightMm);
        return zoneOutline(
          id,
          roundedRectPath(z.xMm, z.yMm, z.widthMm, z.heightMm, Math.max(0, r - margin)),
          p,
          sw,
        );
      }),
  ];
  return { widthMm: w, heightMm: h, svg: parts.join('') };
}

export const phoneCaseDrawing: KindDrawing<'phone-case'> = {
  draw: (g, _measurements, zones, p) => drawPhoneCase(g, zones, p),
  colours: { body: '#3a3a3c' },
};
