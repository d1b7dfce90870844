import { describe, expect, it } from 'vitest';
import { zoneMarks } from './zone-marks';

describe('zone marks on the 3D preview', () => {
  it('frames every zone and tints only the selected one, centred on the zone', () => {
    const plain = zoneMarks({ widthMm: 100, heightMm: 50 }, false);
    expect(plain.map((e) => e.layerId)).toEqual(['zone-frame']);
    expect(plain[0]!.placement).toEqual({ xMm: 50, yMm: 25, rotationDeg: 0 });
    const selected = zoneMarks({ widthMm: 100, heightMm: 50 }, true);
    expect(selected.map((e) => e.layerId)).toEqual(['zone-tint', 'zone-frame']);
    expect(selected[0]).toMatchObject({ kind: 'path', pathData: 'M-50 -25h100v50h-100Z' });
  });
});
