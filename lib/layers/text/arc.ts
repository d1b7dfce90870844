// Text on a circle: each glyph turned to follow the arc, the middle of its capitals on the
// circle of the given radius, reading clockwise over the top ("up") or anticlockwise along
// the bottom ("down"). Outlines, like straight text, so every file draws the same curves.
import type { Font, PathCommand } from 'opentype.js';
import { fontMetricsMm, placeLine, type TextLayout } from '../../render/text-layout';
import type { TextArc, TextLayer } from './schema';

/** An arc layout also says where the circle's centre is, in layer-local mm. */
export type ArcLayout = TextLayout & { centreMm: { xMm: number; yMm: number } };

type Point = { x: number; y: number };

const n = (v: number): string => String(Math.round(v * 1000) / 1000);

function commandsData(commands: PathCommand[], move: (p: Point) => Point): string {
  let d = '';
  const p = (x: number, y: number) => {
    const q = move({ x, y });
    return `${n(q.x)} ${n(q.y)}`;
  };
  for (const c of commands) {
    if (c.type === 'Z') d += 'Z';
    else if (c.type === 'M' || c.type === 'L') d += `${c.type}${p(c.x, c.y)}`;
    else if (c.type === 'Q') d += `Q${p(c.x1, c.y1)} ${p(c.x, c.y)}`;
    else d += `C${p(c.x1, c.y1)} ${p(c.x2, c.y2)} ${p(c.x, c.y)}`;
  }
  return d;
}

/** Lays a text layer's lines on concentric circles (the first on `arc.radiusMm`). */
export function layoutArcText(layer: TextLayer, font: Font, arc: TextArc): ArcLayout {
  const { capHeightMm } = fontMetricsMm(font, layer.sizeMm);
  const empty = {
    pathData: '',
    widthMm: 0,
    heightMm: 0,
    lineCount: 0,
    capHeightMm,
    centreMm: { xMm: 0, yMm: 0 },
  };
  if (layer.text === '') return empty;
  const up = arc.direction === 'up';
  const pitch = layer.sizeMm * layer.lineHeight;
  const scale = layer.sizeMm / font.unitsPerEm;
  const glyphs: Array<{ commands: PathCommand[]; move: (p: Point) => Point }> = [];
  const lines = layer.text.split('\n');
  lines.forEach((text, i) => {
    // Later lines go inward when reading over the top, outward along the bottom, as the
    // lines of straight text go down the page.
    const radius = up ? arc.radiusMm - i * pitch : arc.radiusMm + i * pitch;
    if (radius <= capHeightMm) return;
    const baseline = up ? radius - capHeightMm / 2 : radius + capHeightMm / 2;
    const line = placeLine(font, text, layer);
    for (const { glyph, xMm } of line.glyphs) {
      const advance = (glyph.advanceWidth ?? 0) * scale;
      // The angle of the glyph's middle: its distance from the line's middle, along the circle.
      const theta = (-line.widthMm / 2 + xMm + advance / 2) / radius;
      const [cos, sin] = [Math.cos(theta), Math.sin(theta)];
      // Over the top: turned clockwise by theta; along the bottom: anticlockwise, tops inward.
      const move = up
        ? ({ x, y }: Point) => ({
            x: baseline * sin + x * cos - y * sin,
            y: -baseline * cos + x * sin + y * cos,
          })
        : ({ x, y }: Point) => ({
            x: baseline * sin + x * cos + y * sin,
            y: baseline * cos - x * sin + y * cos,
          });
      glyphs.push({ commands: glyph.getPath(-advance / 2, 0, layer.sizeMm).commands, move });
    }
  });
  // The layer's box is the outlines' box, centred on (0, 0) like straight text.
  const points = glyphs.flatMap(({ commands, move }) =>
    commands.flatMap((c) =>
      c.type === 'Z'
        ? []
        : [
            move({ x: c.x, y: c.y }),
            ...('x1' in c ? [move({ x: c.x1, y: c.y1 })] : []),
            ...('x2' in c ? [move({ x: c.x2, y: c.y2 })] : []),
          ],
    ),
  );
  if (points.length === 0) return { ...empty, lineCount: lines.length };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const pathData = glyphs
    .map(({ commands, move }) =>
      commandsData(commands, (p) => {
        const q = move(p);
        return { x: q.x - cx, y: q.y - cy };
      }),
    )
    .join('');
  return {
    pathData,
    widthMm: x1 - x0,
    heightMm: y1 - y0,
    lineCount: lines.length,
    capHeightMm,
    centreMm: { xMm: -cx, yMm: -cy },
  };
}
