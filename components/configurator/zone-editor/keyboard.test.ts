import { describe, expect, it } from 'vitest';
import { imageLayer, textLayer, zone } from '@/lib/render/testing/fixtures';
import { cycleLayer, keyAction, keyPatch, type KeyInput } from './keyboard';

const press = (key: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('keyAction', () => {
  it('moves by 1 mm, or 10 mm with Shift', () => {
    expect(keyAction(press('ArrowRight'))).toEqual({ kind: 'move', dxMm: 1, dyMm: 0 });
    expect(keyAction(press('ArrowUp', { shiftKey: true }))).toEqual({ kind: 'move', dxMm: 0, dyMm: -10 });
  });

  it('resizes with + and -, rotates with , and .', () => {
    expect(keyAction(press('+'))).toEqual({ kind: 'scale', factor: 1.05 });
    expect(keyAction(press('='))).toEqual({ kind: 'scale', factor: 1.05 });
    expect(keyAction(press('-'))).toEqual({ kind: 'scale', factor: 1 / 1.05 });
    expect(keyAction(press(','))).toEqual({ kind: 'rotate', deltaDeg: -5 });
    expect(keyAction(press('.'))).toEqual({ kind: 'rotate', deltaDeg: 5 });
  });

  it('cycles layers with Alt+Up/Down and Page Up/Down, deselects with Escape', () => {
    expect(keyAction(press('ArrowUp', { altKey: true }))).toEqual({ kind: 'cycle', step: 1 });
    expect(keyAction(press('PageDown'))).toEqual({ kind: 'cycle', step: -1 });
    expect(keyAction(press('Escape'))).toEqual({ kind: 'deselect' });
  });

  it('arranges with [ and ], to the back and front with Ctrl; duplicates, locks, selects all, deletes', () => {
    expect(keyAction(press(']'))).toEqual({ kind: 'arrange', move: 'forward' });
    expect(keyAction(press('['))).toEqual({ kind: 'arrange', move: 'backward' });
    expect(keyAction(press(']', { ctrlKey: true }))).toEqual({ kind: 'arrange', move: 'front' });
    expect(keyAction(press('[', { metaKey: true }))).toEqual({ kind: 'arrange', move: 'back' });
    expect(keyAction(press('d', { ctrlKey: true }))).toEqual({ kind: 'duplicate' });
    expect(keyAction(press('L', { ctrlKey: true }))).toEqual({ kind: 'lock' });
    expect(keyAction(press('a', { ctrlKey: true }))).toEqual({ kind: 'selectAll' });
    expect(keyAction(press('Delete'))).toEqual({ kind: 'delete' });
  });

  it('leaves other keys and Ctrl/Cmd shortcuts to the browser', () => {
    expect(keyAction(press('Tab'))).toBeUndefined();
    expect(keyAction(press('a'))).toBeUndefined();
    expect(keyAction(press('+', { ctrlKey: true }))).toBeUndefined();
    expect(keyAction(press('z', { metaKey: true }))).toBeUndefined();
    expect(keyAction(press('ArrowLeft', { altKey: true }))).toBeUndefined();
  });
});

describe('keyPatch', () => {
  it('nudges, scales and rotates the selected layer', () => {
    expect(keyPatch(zone, textLayer({ xMm: 50, yMm: 30 }), { kind: 'move', dxMm: 10, dyMm: 0 })).toEqual({
      xMm: 60,
      yMm: 30,
    });
    expect(keyPatch(zone, imageLayer({ widthMm: 40 }), { kind: 'scale', factor: 1.05 })).toEqual({
      widthMm: 42,
    });
    expect(keyPatch(zone, textLayer({ rotationDeg: 178 }), { kind: 'rotate', deltaDeg: 5 })).toEqual({
      rotationDeg: -177,
    });
  });

  it('stops an arrow-key move at the bleed edge', () => {
    expect(keyPatch(zone, textLayer({ xMm: 100, yMm: 30 }), { kind: 'move', dxMm: 10, dyMm: 0 })).toEqual({
      xMm: 103,
      yMm: 30,
    });
  });
});

describe('cycleLayer', () => {
  const layers = [textLayer({ id: 'a' }), textLayer({ id: 'b' }), imageLayer({ id: 'c' })];

  it('steps up and down the stack, wrapping around', () => {
    expect(cycleLayer(layers, 'a', 1)).toBe('b');
    expect(cycleLayer(layers, 'c', 1)).toBe('a');
    expect(cycleLayer(layers, 'a', -1)).toBe('c');
  });

  it('starts from the top going up and the bottom going down', () => {
    expect(cycleLayer(layers, null, 1)).toBe('c');
    expect(cycleLayer(layers, null, -1)).toBe('a');
    expect(cycleLayer([], null, 1)).toBeNull();
  });
});
