import { Box3, Vector3, type BufferGeometry } from 'three';
import { describe, expect, it } from 'vitest';
import { catalogueWithStarters } from '@/lib/templates/catalogue';
import type { ToteGeometry } from '@/lib/kinds/tote/schema';
import { placeRect, surfacesFor } from '@/lib/templates/geometry';
import { handleArch } from '@/lib/kinds/tote/layout';
import type { Template } from '@/lib/templates/schema';
import { buildModel, measurementsFor } from './build-model';
import { triangulateOutline } from './grid-triangulate';
import type { Pt } from './relief';
import { disposeModel, modelBounds, type ProductModel } from './types';

/** The procedural kinds build at once. */
function buildNow(t: Pick<Template, 'geometry'>, m: Record<string, number>): ProductModel {
  const model = buildModel(t, m);
  if (model instanceof Promise) throw new Error(`${t.geometry.kind} builds its model asynchronously`);
  return model;
}

// Every kind: the seed catalogue and the studio's starters (the canvas tote).
const catalogue = catalogueWithStarters();
const bySlug = (slug: string) => catalogue.find((t) => t.slug === slug)!;
const box = (g: BufferGeometry) => new Box3().setFromBufferAttribute(g.getAttribute('position') as never);

function placedZones(t: Template, variantId: string) {
  const m = measurementsFor(t, variantId);
  const surfaces = surfacesFor(t.geometry, m);
  const model = buildNow(t, m);
  const zones = t.zones.map((z) => ({
    zone: z,
    rect: placeRect(
      z.rect,
      z.anchor,
      surfaces.find((s) => s.id === z.surface)!,
    ),
  }));
  return { model, zones };
}

describe('product models', () => {
  it.each(
    catalogue.flatMap((t) => [t.sizes.variants[0]!, t.sizes.variants.at(-1)!].map((v) => [t.slug, v.id])),
  )('builds %s in size %s with a surface for every zone', (slug, variantId) => {
    const t = bySlug(slug);
    const { model, zones } = placedZones(t, variantId);
    const bounds = modelBounds(model);
    expect(bounds.isEmpty()).toBe(false);
    for (const { zone, rect } of zones) {
      const art = model.surfaces[zone.surface]!.artGeometry(rect);
      expect(art.getAttribute('position').count).toBeGreaterThan(3);
      const centre = model.surfaces[zone.surface]!.frameAt(
        rect.xMm + rect.widthMm / 2,
        rect.yMm + rect.heightMm / 2,
      );
      expect(bounds.clone().expandByScalar(1).containsPoint(centre.point)).toBe(true);
    }
    disposeModel(model);
  });

  it('prints the phone case back at its millimetres, around the camera hole', () => {
    const t = bySlug('iphone-17-case');
    const { model, zones } = placedZones(t, 'iphone-17');
    const { rect } = zones[0]!;
    const art = box(model.surfaces.back!.artGeometry(rect));
    // Scene x/y are centred on the 74.3 x 152.4 mm case back, y up.
    expect(art.min.x).toBeCloseTo(rect.xMm - 74.3 / 2, 3);
    expect(art.max.y).toBeCloseTo(152.4 / 2 - rect.yMm, 3);
    const camera = model.surfaces.back!.frameAt(5.5 + 12, 5.5 + 19.5).point;
    const g = model.surfaces.back!.artGeometry(rect);
    const pos = g.getAttribute('position');
    const index = g.index!;
    let covered = false;
    for (let i = 0; i < index.count; i += 3) {
      const [a, b, c] = [0, 1, 2].map((k) => new Vector3().fromBufferAttribute(pos, index.getX(i + k)));
      const side = (p: Vector3, q: Vector3) =>
        (q.x - p.x) * (camera.y - p.y) - (q.y - p.y) * (camera.x - p.x);
      const s = [side(a!, b!), side(b!, c!), side(c!, a!)];
      if (s.every((v) => v >= 0) || s.every((v) => v <= 0)) covered = true;
    }
    expect(covered).toBe(false);
  });

  it('wraps the mug print around the body starting from the handle', () => {
    const t = bySlug('ceramic-mug-11oz');
    const { model, zones } = placedZones(t, '11oz');
    const { rect } = zones[0]!;
    // Half way round from the handle (+x) the print faces -x.
    const opposite = model.surfaces.wrap!.frameAt((Math.PI * 81.3) / 2, 10);
    expect(opposite.normal.x).toBeCloseTo(-1, 3);
    const art = box(model.surfaces.wrap!.artGeometry(rect));
    expect(art.max.y - art.min.y).toBeCloseTo(rect.heightMm, 3);
  });

  it('grows the tee and the jeans with their size', () => {
    const width = (slug: string, variantId: string) => {
      const t = bySlug(slug);
      const b = modelBounds(buildNow(t, measurementsFor(t, variantId)));
      return [b.max.x - b.min.x, b.max.y - b.min.y];
    };
    expect(width('heavy-cotton-tee', 'xxl')[0]).toBeGreaterThan(width('heavy-cotton-tee', 's')[0]! + 100);
    expect(width('five-pocket-jeans', 'w40-l34')[1]).toBeGreaterThan(
      width('five-pocket-jeans', 'w28-l30')[1]! + 80,
    );
  });

  it("puts the jeans embroidery on the wearer's right back pocket, below the patch", () => {
    const t = bySlug('five-pocket-jeans');
    const { model, zones } = placedZones(t, 'w32-l32');
    const pocket = model.surfaces['back-pocket']!.frameAt(0, 0).point;
    const patch = model.surfaces['waistband-patch']!.frameAt(0, 0).point;
    // The wearer faces +z, so the back is at -z and the wearer's right is -x.
    expect(pocket.z).toBeLessThan(0);
    expect(pocket.x).toBeLessThan(0);
    expect(patch.y).toBeGreaterThan(pocket.y);
    expect(zones).toHaveLength(2);
  });
});

/** Every coordinate of every attribute of a geometry is a finite number. */
function finite(g: BufferGeometry): boolean {
  return Object.values(g.attributes).every((a) => Array.from(a.array as ArrayLike<number>).every(Number.isFinite));
}

describe('the canvas tote', () => {
  const t = bySlug('canvas-tote');
  const g = t.geometry as ToteGeometry;
  const { model, zones } = placedZones(t, 'one-size');
  const [cloth, handles] = model.parts;

  it('stands on its bottom with panels exactly as wide and tall as the geometry says, handles above', () => {
    const body = box(cloth!.geometry);
    expect(body.min.y).toBeCloseTo(0, 6);
    expect(body.max.y).toBeCloseTo(420, 3);
    // Panel corners: the bottom seam is 100 mm deep (the gusset), the panels 380 mm wide.
    const front = model.surfaces.front!;
    expect(front.frameAt(0, 420).point.toArray()).toEqual([expect.closeTo(-190, 6), expect.closeTo(0, 6), expect.closeTo(50, 6)]);
    expect(front.frameAt(380, 420).point.x).toBeCloseTo(190, 6);
    expect(front.frameAt(380, 0).point.y).toBeCloseTo(420, 6);
    // Filled: the gussets bow out a little, the panels more (under 10 % of the width each way).
    expect(body.max.x - body.min.x).toBeGreaterThan(380);
    expect(body.max.x - body.min.x).toBeLessThan(380 + 0.2 * 100 + 0.1);
    expect(body.max.z - body.min.z).toBeGreaterThan(100);
    expect(body.max.z - body.min.z).toBeLessThan(100 + 2 * 0.1 * 380);
    // The handles loop up above the top edge, leaning out a little, never higher than standing straight.
    const rise = Math.max(...handleArch(g).map(([, up]) => up));
    const top = box(handles!.geometry).max.y;
    expect(top).toBeGreaterThan(420 + rise * Math.cos((12 * Math.PI) / 180));
    expect(top).toBeLessThan(420 + rise + 12.5);
    expect(modelBounds(model).max.y).toBeCloseTo(top, 6);
  });

  it('has no NaN anywhere, in the parts or the prints', () => {
    for (const part of model.parts) expect(finite(part.geometry), part.part).toBe(true);
    for (const { zone, rect } of zones) expect(finite(model.surfaces[zone.surface]!.artGeometry(rect))).toBe(true);
  });

  it('prints each zone over its rectangle exactly, uv (0,0) bottom-left to (1,1) top-right seen from outside', () => {
    for (const { zone, rect } of zones) {
      const surface = model.surfaces[zone.surface]!;
      const art = surface.artGeometry(rect);
      const uv = art.getAttribute('uv');
      const pos = art.getAttribute('position');
      const us = Array.from({ length: uv.count }, (_, i) => uv.getX(i));
      const vs = Array.from({ length: uv.count }, (_, i) => uv.getY(i));
      expect([Math.min(...us), Math.max(...us), Math.min(...vs), Math.max(...vs)].map((v) => Math.round(v * 1e6) / 1e6 + 0)).toEqual([0, 1, 0, 1]);
      // The triangles cover the unit square once: their uv areas add up to 1.
      const index = art.index!;
      let area = 0;
      for (let i = 0; i < index.count; i += 3) {
        const [a, b, c] = [0, 1, 2].map((k) => index.getX(i + k));
        area += Math.abs((uv.getX(b!) - uv.getX(a!)) * (uv.getY(c!) - uv.getY(a!)) - (uv.getX(c!) - uv.getX(a!)) * (uv.getY(b!) - uv.getY(a!))) / 2;
      }
      expect(area).toBeCloseTo(1, 6);
      // Each corner of the uv square lies on the corner of the rectangle it stands for, 0.8 mm above the cloth.
      for (const [u, v, x, y] of [
        [0, 0, rect.xMm, rect.yMm + rect.heightMm],
        [1, 1, rect.xMm + rect.widthMm, rect.yMm],
        [1, 0, rect.xMm + rect.widthMm, rect.yMm + rect.heightMm],
      ] as const) {
        const i = us.findIndex((uu, k) => Math.abs(uu - u) < 1e-6 && Math.abs(vs[k]! - v) < 1e-6);
        expect(i, `uv ${u},${v} on ${zone.id}`).toBeGreaterThanOrEqual(0);
        const frame = surface.frameAt(x, y);
        expect(new Vector3().fromBufferAttribute(pos, i).distanceTo(frame.point)).toBeCloseTo(0.8, 3);
      }
    }
  });

  it('faces each panel outward, front toward +z and back toward -z, with x running left to right seen from outside', () => {
    for (const [id, sign] of [
      ['front', 1],
      ['back', -1],
    ] as const) {
      const surface = model.surfaces[id]!;
      for (const [x, y] of [
        [20, 40],
        [190, 210],
        [360, 400],
      ] as const) {
        const { normal, point } = surface.frameAt(x, y);
        expect(normal.z * sign, `${id} at ${x}, ${y}`).toBeGreaterThan(0.8);
        expect(normal.length()).toBeCloseTo(1, 6);
        expect(point.z * sign).toBeGreaterThan(0);
      }
      // Seen from outside, moving right along the surface moves to the viewer's right.
      const step = surface.frameAt(200, 200).point.clone().sub(surface.frameAt(100, 200).point);
      expect(step.x * sign).toBeGreaterThan(99);
    }
  });

  it('builds odd proportions a brand may enter without NaN: narrow and tall, handles barely longer than their spacing', () => {
    const odd = { ...g, panel: { widthMm: 120, heightMm: 700 }, gussetMm: 5, topHemMm: 5, handle: { lengthMm: 61, widthMm: 20, spacingMm: 60, attachMm: 10 } };
    const built = buildNow({ ...t, geometry: odd }, {});
    for (const part of built.parts) expect(finite(part.geometry), part.part).toBe(true);
    expect(finite(built.surfaces.front!.artGeometry({ xMm: 10, yMm: 60, widthMm: 100, heightMm: 500 }))).toBe(true);
    disposeModel(built);
  });

  it('sews the handles on where the keep-outs are', () => {
    const [, left] = surfacesFor(g, {})[0]!.keepOuts;
    const attached = box(handles!.geometry);
    // The webbing reaches down the panel to the end of the sewn-on part, inside its keep-out.
    expect(attached.min.y).toBeCloseTo(420 - 40, 0);
    const frame = model.surfaces.front!.frameAt(left!.xMm + left!.widthMm / 2, 20);
    expect(attached.containsPoint(frame.point)).toBe(true);
  });
});

describe('triangulateOutline', () => {
  it('covers an L-shaped outline exactly, without cracks', () => {
    const outline: Pt[] = [
      [0, 0],
      [95, 0],
      [95, 33],
      [37, 33],
      [37, 81],
      [0, 81],
    ];
    const { points, triangles } = triangulateOutline(outline, 10);
    let area = 0;
    const edges = new Map<string, number>();
    for (let i = 0; i < triangles.length; i += 3) {
      const [a, b, c] = [points[triangles[i]!]!, points[triangles[i + 1]!]!, points[triangles[i + 2]!]!];
      area += ((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])) / 2;
      for (const [p, q] of [
        [i, i + 1],
        [i + 1, i + 2],
        [i + 2, i],
      ] as const) {
        const key = [triangles[p]!, triangles[q]!].sort((x, y) => x - y).join();
        edges.set(key, (edges.get(key) ?? 0) + 1);
      }
    }
    expect(area).toBeCloseTo(95 * 33 + 37 * 48, 6);
    // Every edge used by one triangle only lies on the outline.
    const onOutline = ([x, y]: Pt) =>
      x === 0 || y === 0 || x === 95 || y === 81 || (y === 33 && x >= 37) || (x === 37 && y >= 33);
    for (const [key, n] of edges)
      if (n === 1) for (const v of key.split(',')) expect(onOutline(points[Number(v)]!)).toBe(true);
  });
});
