// npm run textures — bakes the material maps (components/scene/textures/texture-recipes.ts)
// into PNG files under public/textures. Run it after changing a recipe; a unit test fails
// while the files and the recipes disagree.
import fs from 'node:fs';
import path from 'node:path';
import { allMapRecipes } from '@/components/scene/textures/texture-recipes';
import { encodeMapPng, TEXTURE_DIR } from '@/components/scene/textures/bake';

fs.mkdirSync(TEXTURE_DIR, { recursive: true });
for (const recipe of allMapRecipes()) {
  const file = path.join(TEXTURE_DIR, `${recipe.file}.png`);
  fs.writeFileSync(file, await encodeMapPng(recipe));
  console.log(`${file} (${recipe.size} px, ${(fs.statSync(file).size / 1024).toFixed(0)} KB)`);
}
