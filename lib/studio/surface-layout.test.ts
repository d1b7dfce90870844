import { describe, expect, it } from 'vitest';
import type { Surface } from '../templates/geometry';
import {
  drawnRect,
  keyboardEdit,
  layoutSurfaces,
  moveRect,
  placedRect,
  resizeRect,
  snapToCentre,
  storedRect,
} from './surface-layout';

const panel: Surface = { id: 'front', name: 'Front panel', widthMm: 500, heightMm: 700, keepOuts: [] };
const pocket: Surface = { id: 'pocket', name: 'Pocket', widthMm: 150, heightMm: 160, keepOuts: [] };

describe('surface layout', () => {
  it('lays surfaces side by side with a gap, to scale', () => {
    const { surfaces, widthMm, heightMm } = layoutSurfaces([panel, pocket]);
    expect(surfaces.map((s) => s.offsetXMm)).toEqual([0, 556]);
    expect([widthMm, heightMm]).toEqual([706, 700]);
  });

  it('converts between stored and placed rectangles for centre-anchored zones', () => {
    const rect = { xMm: 10, yMm: 100, widthMm: 300, heightMm: 350 };
    const placed = placedRect(rect, 'top-centre', panel);
    expect(placed.xMm).toBe(110);
    expect(storedRect(placed, 'top-centre', panel)).toEqual(rect);
    expect(storedRect(placed, 'top-left', panel)).toEqual(placed);
  });

  it('moves a zone in half millimetres and keeps it on the surface', () => {
    const r = { xMm: 10, yMm: 10, widthMm: 100, heightMm: 100 };
    expect(moveRect(r, 3.3, -2.2, panel)).toEqual({ xMm: 13.5, yMm: 8, widthMm: 100, heightMm: 100 });
    expect(moveRect(r, -50, 900, panel)).toEqual({ xMm: 0, yMm: 600, widthMm: 100, heightMm: 100 });
  });

  it('resizes from any handle, never smaller than 5 mm nor past the surface', () => {
    const r = { xMm: 10, yMm: 10, widthMm: 100, heightMm: 100 };
    expect(resizeRect(r, 'se', 20, 30, panel)).toEqual({ xMm: 10, yMm: 10, widthMm: 120, heightMm: 130 });
    expect(resizeRect(r, 'nw', -20, 200, panel)).toEqual({ xMm: 0, yMm: 105, widthMm: 110, heightMm: 5 });
    expect(resizeRect(r, 'e', 1000, 0, panel)).toMatchObject({ widthMm: 490 });
  });

  it('draws a zone between two points, or nothing while it is tiny', () => {
    expect(drawnRect({ xMm: 80, yMm: 90 }, { xMm: 20, yMm: 30 }, pocket)).toEqual({
      xMm: 20,
      yMm: 30,
      widthMm: 60,
      heightMm: 60,
    });
    expect(drawnRect({ xMm: 20, yMm: 30 }, { xMm: 22, yMm: 80 }, pocket)).toBeNull();
    expect(drawnRect({ xMm: 100, yMm: 100 }, { xMm: 400, yMm: 400 }, pocket)).toEqual({
      xMm: 100,
      yMm: 100,
      widthMm: 50,
      heightMm: 60,
    });
  });

  it('maps arrow keys to moves, and with Alt to resizing', () => {
    expect(keyboardEdit('ArrowLeft', false, false)).toEqual({ handle: null, dx: -1, dy: 0 });
    expect(keyboardEdit('ArrowDown', true, false)).toEqual({ handle: null, dx: 0, dy: 10 });
    expect(keyboardEdit('ArrowRight', false, true)).toEqual({ handle: 'e', dx: 1, dy: 0 });
    expect(keyboardEdit('ArrowUp', false, true)).toEqual({ handle: 's', dx: 0, dy: -1 });
    expect(keyboardEdit('a', false, false)).toBeNull();
  });

  it('snaps a zone that is nearly centred onto the centre line', () => {
    const r = { xMm: 198, yMm: 10, widthMm: 100, heightMm: 100 };
    expect(snapToCentre(r, panel, 3)).toEqual({ rect: { ...r, xMm: 200 }, snapped: true });
    expect(snapToCentre({ ...r, xMm: 190 }, panel, 3)).toEqual({ rect: { ...r, xMm: 190 }, snapped: false });
  });
});
