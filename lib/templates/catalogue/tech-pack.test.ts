import { describe, expect, it } from 'vitest';
import { requiredMeasurements } from '../../kinds/traits';
import { parseTemplate } from '../validate';
import { seedCatalogue } from '.';
import { jeans } from '../../kinds/jeans/seed';

describe('seed tech packs', () => {
  const garments = seedCatalogue().filter((t) => t.geometry.kind === 'tee' || t.geometry.kind === 'jeans');

  it('cover every point of measure of each garment, with tolerance, grade and a source', () => {
    expect(garments).toHaveLength(2);
    for (const t of garments) {
      expect(t.techPack?.pointsOfMeasure.map((p) => p.key)).toEqual([...requiredMeasurements(t.geometry.kind)]);
      for (const pom of t.techPack!.pointsOfMeasure) expect(pom.toleranceMm).toBeGreaterThan(0);
    }
  });

  it('list materials and operations with stitch class and SPI, each with a source', () => {
    for (const t of garments) {
      const pack = t.techPack!;
      expect(pack.billOfMaterials.length).toBeGreaterThan(3);
      expect(pack.operations.every((op) => /^\d{3}/.test(op.stitchClass) && op.stitchesPerInch > 0)).toBe(true);
      expect([...pack.billOfMaterials, ...pack.operations, ...pack.pointsOfMeasure].every((row) => row.source.length > 10)).toBe(true);
    }
    const jeansPack = garments.find((t) => t.geometry.kind === 'jeans')!.techPack!;
    expect(jeansPack.billOfMaterials.map((b) => b.item)).toEqual(expect.arrayContaining(['Denim', 'Rivets', 'Waistband button', 'Labels']));
  });

  it('refuses a point of measure that a size does not measure', () => {
    const pack = jeans.techPack!;
    const result = parseTemplate({ ...jeans, techPack: { ...pack, pointsOfMeasure: [...pack.pointsOfMeasure, { ...pack.pointsOfMeasure[0]!, key: 'calfMm' }] } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/“Calf” is not measured/);
  });
});
