// Shared by the renderer's unit tests: a zone, layers and a reader for path data.
import type { ImageLayer, TextLayer } from '../../design/schema';
import type { Zone } from '../../templates/schema';

/** A 100 x 60 mm print zone with 3 mm bleed and 5 mm safe margin. */
export const zone: Zone = {
  id: 'front',
  name: 'Front',
  surface: 'front',
  method: 'print',
  rect: { xMm: 10, yMm: 20, widthMm: 100, heightMm: 60 },
  anchor: 'top-left',
  bleedMm: 3,
  safeMm: 5,
  minImageDpi: 150,
  printDpi: 300,
  content: { text: true, image: true },
  fonts: ['inter-regular', 'roboto-slab-regular'],
  colours: [
    { id: 'black', name: 'Black', hex: '#111111' },
    { id: 'red', name: 'Red', hex: '#c0392b' },
  ],
  limits: { maxChars: 100, maxLines: 4, maxLayers: 10 },
};

/** A text layer with plain defaults; override what the test is about. */
export function textLayer(overrides: Partial<TextLayer> = {}): TextLayer {
  return {
    id: 'text-1',
    kind: 'text',
    text: 'HELLO',
    fontId: 'inter-regular',
    colourId: 'black',
    sizeMm: 10,
    align: 'centre',
    letterSpacingMm: 0,
    lineHeight: 1.2,
    xMm: 50,
    yMm: 30,
    rotationDeg: 0,
    ...overrides,
  };
}

export const uploadId = 'a'.repeat(64);

/** An image layer 40 mm wide; pair it with `images`. */
export function imageLayer(overrides: Partial<ImageLayer> = {}): ImageLayer {
  return { id: 'image-1', kind: 'image', uploadId, widthMm: 40, xMm: 50, yMm: 30, rotationDeg: 0, ...overrides };
}

/** A 4000 x 3000 px upload. */
export const images = { [uploadId]: { widthPx: 4000, heightPx: 3000, href: 'data:image/png;base64,AAAA' } };

/** The points of absolute path data (M/L/Q/C/Z as opentype writes it), control points included. */
export function pathPoints(d: string): Array<{ x: number; y: number }> {
  const numbers = (d.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? []).map(Number);
  const points: Array<{ x: number; y: number }> = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push({ x: numbers[i] ?? NaN, y: numbers[i + 1] ?? NaN });
  return points;
}

/** The box around the points. */
export function boundsOf(points: Array<{ x: number; y: number }>) {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}
