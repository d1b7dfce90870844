// Dragging the print area on the model moves it by the pointer's travel in UV space, whole.
import { describe, expect, it } from 'vitest';
import { movedRect } from './zone-drag';

describe('movedRect', () => {
  const start = { u0: 0.3, v0: 0.7, u1: 0.5, v1: 0.8 };

  it('follows the pointer by as far as the UV under it went', () => {
    const r = movedRect(start, { u: 0.4, v: 0.75 }, { u: 0.45, v: 0.7 });
    expect(r.u0).toBeCloseTo(0.35, 9);
    expect(r.v0).toBeCloseTo(0.65, 9);
    expect(r.u1 - r.u0).toBeCloseTo(0.2, 9);
    expect(r.v1 - r.v0).toBeCloseTo(0.1, 9);
  });

  it('stops at the edges of the layout without changing size', () => {
    const far = movedRect(start, { u: 0.4, v: 0.75 }, { u: 1, v: 1 });
    expect(far.u1).toBeCloseTo(1, 9);
    expect(far.v1).toBeCloseTo(1, 9);
    expect(far.u0).toBeCloseTo(0.8, 9);
    expect(far.v0).toBeCloseTo(0.9, 9);
    const r = movedRect(start, { u: 0.4, v: 0.75 }, { u: 0, v: 0 });
    expect(r.u0).toBe(0);
    expect(r.v0).toBe(0);
    expect(r.u1).toBeCloseTo(0.2, 9);
    expect(r.v1).toBeCloseTo(0.1, 9);
  });
});
