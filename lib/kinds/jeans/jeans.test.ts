import { describe, expect, it } from 'vitest';
import { assertTemplate, parseTemplate } from '../../templates/validate';
import { jeans } from './seed';

const t = assertTemplate(jeans);

describe('the five-pocket jeans', () => {
  it('are graded W28-W40 by L30-L34 with growing measurements', () => {
    const labels = t.sizes.variants.map((v) => v.label);
    expect(labels).toHaveLength(30);
    expect(labels).toContain('W28 L30');
    expect(labels).toContain('W40 L34');
    const l32 = t.sizes.variants.filter((v) => v.label.endsWith('L32'));
    for (const key of [
      'waistMm',
      'hipMm',
      'thighMm',
      'kneeMm',
      'legOpeningMm',
      'frontRiseMm',
      'backRiseMm',
    ]) {
      const values = l32.map((v) => v.measurements[key]!);
      expect(values, key).toEqual([...values].sort((a, b) => a - b));
    }
    expect(t.sizes.variants.find((v) => v.id === 'w32-l34')?.measurements.inseamMm).toBeCloseTo(863.6, 1);
    expect(t.zones.map((z) => z.method)).toEqual(['embroider', 'engrave']);
  });

  it('list the denim, rivets, button and labels in the bill of materials', () => {
    expect(t.techPack!.billOfMaterials.map((b) => b.item)).toEqual(
      expect.arrayContaining(['Denim', 'Rivets', 'Waistband button', 'Labels']),
    );
  });

  it('refuse a point of measure that a size does not measure', () => {
    const pack = jeans.techPack!;
    const result = parseTemplate({
      ...jeans,
      techPack: {
        ...pack,
        pointsOfMeasure: [...pack.pointsOfMeasure, { ...pack.pointsOfMeasure[0]!, key: 'calfMm' }],
      },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/“Calf” is not measured/);
  });
});
