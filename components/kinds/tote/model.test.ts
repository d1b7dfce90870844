import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { disposeModel, modelBounds } from '@/components/scene/models/types';
import { handleArch } from '@/lib/kinds/tote/layout';
import type { ToteGeometry } from '@/lib/kinds/tote/schema';
import { toteStarter } from '@/lib/kinds/tote/seed';
import { surfacesFor } from '@/lib/templates/geometry';
import { assertTemplate } from '@/lib/templates/validate';
import { box, buildNow, finite, placedZones } from '../testing/fixtures';

describe('the canvas tote', () => {
  const t = assertTemplate(toteStarter());
  const g = t.geometry as ToteGeometry;
  const { model, zones } = placedZones(t, 'one-size');
  const [cloth, handles] = model.parts;

  it('stands on its bottom with panels exactly as wide and tall as the geometry says, handles above', () => {
    const body = box(cloth!.geometry);
    expect(body.min.y).toBeCloseTo(0, 6);
    expect(body.max.y).toBeCloseTo(420, 3);
    // Panel corners: the bottom seam is 100 mm deep (the gusset), the panels 380 mm wide.
    const front = model.surfaces.front!;
    expect(front.frameAt(0, 420).point.toArray()).toEqual([
      expect.closeTo(-190, 6),
      expect.closeTo(0, 6),
      expect.closeTo(50, 6),
    ]);
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
    for (const { zone, rect } of zones)
      expect(finite(model.surfaces[zone.surface]!.artGeometry(rect))).toBe(true);
  });

  it('prints each zone over its rectangle exactly, uv (0,0) bottom-left to (1,1) top-right seen from outside', () => {
    for (const { zone, rect } of zones) {
      const surface = model.surfaces[zone.surface]!;
      const art = surface.artGeometry(rect);
      const uv = art.getAttribute('uv');
      const pos = art.getAttribute('position');
      const us = Array.from({ length: uv.count }, (_, i) => uv.getX(i));
      const vs = Array.from({ length: uv.count }, (_, i) => uv.getY(i));
      expect(
        [Math.min(...us), Math.max(...us), Math.min(...vs), Math.max(...vs)].map(
          (v) => Math.round(v * 1e6) / 1e6 + 0,
        ),
      ).toEqual([0, 1, 0, 1]);
      // The triangles cover the unit square once: their uv areas add up to 1.
      const index = art.index!;
      let area = 0;
      for (let i = 0; i < index.count; i += 3) {
        const [a, b, c] = [0, 1, 2].map((k) => index.getX(i + k));
        area +=
          Math.abs(
            (uv.getX(b!) - uv.getX(a!)) * (uv.getY(c!) - uv.getY(a!)) -
              (uv.getX(c!) - uv.getX(a!)) * (uv.getY(b!) - uv.getY(a!)),
          ) / 2;
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
    const odd = {
      ...g,
      panel: { widthMm: 120, heightMm: 700 },
      gussetMm: 5,
      topHemMm: 5,
      handle: { lengthMm: 61, widthMm: 20, spacingMm: 60, attachMm: 10 },
    };
    const built = buildNow({ ...t, geometry: odd }, {});
    for (const part of built.parts) expect(finite(part.geometry), part.part).toBe(true);
    expect(finite(built.surfaces.front!.artGeometry({ xMm: 10, yMm: 60, widthMm: 100, heightMm: 500 }))).toBe(
      true,
    );
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
