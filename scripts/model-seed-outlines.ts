// npx tsx scripts/model-seed-outlines.ts: recomputes the seed models' front views for the
// catalogue drawing (lib/kinds/model/seed-outlines.ts) from their GLBs in prisma/seed-models/.
// lib/kinds/model/seed-models.test.ts fails when the file and the models disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NodeIO } from '@gltf-transform/core';
import { describeModel } from '@/lib/kinds/model/describe-model';
import { modelSchema } from '@/lib/kinds/model/schema';
import { waterBottle } from '@/lib/kinds/model/seed-bottle';
import { notebook } from '@/lib/kinds/model/seed-notebook';

const SEEDS = { BOTTLE_OUTLINE: waterBottle, NOTEBOOK_OUTLINE: notebook };
const out = [
  "// The seed models' front views for the catalogue drawing, computed from their GLBs by",
  '// scripts/model-seed-outlines.ts (lib/kinds/model/outline.ts); seed-models.test.ts recomputes',
  '// them and compares. Do not edit by hand.',
  "import type { ModelOutline } from './schema';",
  '',
];
for (const [name, seed] of Object.entries(SEEDS)) {
  const g = modelSchema.parse(seed.geometry);
  const doc = await new NodeIO().readBinary(
    new Uint8Array(readFileSync(path.join('prisma/seed-models', g.model.fileName))),
  );
  out.push(`export const ${name}: ModelOutline = ${JSON.stringify(describeModel(doc, g).outline)};`, '');
}
writeFileSync('lib/kinds/model/seed-outlines.ts', out.join('\n'));
console.log('wrote lib/kinds/model/seed-outlines.ts');
