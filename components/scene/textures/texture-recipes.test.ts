import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeMapPng, encodeMapPng, TEXTURE_DIR } from './bake';
import { allMapRecipes, surfaceRecipe } from './texture-recipes';

describe('material maps', () => {
  it.each(allMapRecipes().map((r) => [r.file, r] as const))(
    'public/textures/%s.png is exactly what its recipe draws',
    async (file, recipe) => {
      const shipped = fs.readFileSync(path.join(TEXTURE_DIR, `${file}.png`));
      const expected = recipe.pixels();
      const actual = await decodeMapPng(shipped);
      expect(actual.length).toBe(recipe.size * recipe.size * 4);
      // Byte for byte: run `npm run textures` after changing a recipe.
      expect(Buffer.compare(Buffer.from(actual), Buffer.from(expected.buffer))).toBe(0);
    },
  );

  it('bakes the same bytes every time', async () => {
    const recipe = surfaceRecipe('leather')!.normalMap!;
    expect((await encodeMapPng(recipe)).equals(await encodeMapPng(recipe))).toBe(true);
  });

  it('keeps colours true: the albedo mean divides the colour back to its hex', () => {
    const denim = surfaceRecipe('denim-twill')!;
    expect(denim.mapMean).toBeGreaterThan(0.3);
    expect(denim.mapMean).toBeLessThan(1);
    expect(surfaceRecipe('plastic-gloss')).toBeNull();
  });
});
