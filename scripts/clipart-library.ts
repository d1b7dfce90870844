// npx tsx --conditions=react-server scripts/clipart-library.ts — rewrites lib/clipart/library.json
// from the icons chosen in lib/clipart/library-list.ts (read from node_modules/@tabler/icons).
import fs from 'node:fs';
import { buildLibrary } from '@/lib/server/clipart/library-build';

const items = buildLibrary();
fs.writeFileSync('lib/clipart/library.json', JSON.stringify(items, null, 1) + '\n');
console.log(`Wrote lib/clipart/library.json: ${items.length} items.`);
