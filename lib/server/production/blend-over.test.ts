import { describe, expect, it } from 'vitest';
import { blendOver } from './blend-over';

const pixel = (...rgba: number[]) => Buffer.from(rgba);

describe('blendOver', () => {
  it('copies onto an empty canvas and blends half-transparent pixels over opaque ones', () => {
    const canvas = Buffer.alloc(3 * 1 * 4);
    blendOver(canvas, 3, { data: pixel(200, 0, 0, 255), width: 1, height: 1, left: 1, top: 0 }, true);
    expect([...canvas]).toEqual([0, 0, 0, 0, 200, 0, 0, 255, 0, 0, 0, 0]);
    blendOver(canvas, 3, { data: Buffer.from([0, 0, 200, 128, 0, 0, 200, 0]), width: 2, height: 1, left: 1, top: 0 });
    // Half blue over opaque red is half of each; a transparent pixel leaves the canvas alone.
    expect([...canvas.subarray(4, 8)]).toEqual([100, 0, 100, 255]);
    expect([...canvas.subarray(8, 12)]).toEqual([0, 0, 0, 0]);
  });

  it('lays a half-transparent pixel on transparency as itself, and over half alpha as "over" does', () => {
    const canvas = Buffer.alloc(4);
    blendOver(canvas, 1, { data: pixel(10, 20, 30, 128), width: 1, height: 1, left: 0, top: 0 });
    expect([...canvas]).toEqual([10, 20, 30, 128]);
    blendOver(canvas, 1, { data: pixel(250, 250, 250, 128), width: 1, height: 1, left: 0, top: 0 });
    // alpha: 128 + 128·127/255 = 191.75; colour weighted 128 : 63.75.
    expect([...canvas]).toEqual([Math.round((250 * 128 + 10 * 63.75) / 191.75), Math.round((250 * 128 + 20 * 63.75) / 191.75), Math.round((250 * 128 + 30 * 63.75) / 191.75), 192]);
  });
});
