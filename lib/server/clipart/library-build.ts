import 'server-only';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { ClipartItem } from '../../clipart/library';
import { LIBRARY_SELECTION, iconLabel } from '../../clipart/library-list';
import { sanitizeSvg } from './sanitize';

// Builds the starter library from the Tabler Icons in node_modules (at build time, by
// scripts/clipart-library.ts), through the same sanitizer as a brand's uploads.

const require = createRequire(import.meta.url);

/** The library's items, from the installed @tabler/icons. */
export function buildLibrary(): ClipartItem[] {
  const items: ClipartItem[] = [];
  for (const [category, names] of Object.entries(LIBRARY_SELECTION) as Array<
    [keyof typeof LIBRARY_SELECTION, readonly string[]]
  >) {
    for (const name of names) {
      let file: string;
      let variant = 'filled';
      try {
        file = require.resolve(`@tabler/icons/filled/${name}.svg`);
      } catch {
        variant = 'outline';
        file = require.resolve(`@tabler/icons/outline/${name}.svg`);
      }
      const clean = sanitizeSvg(fs.readFileSync(file));
      if (!clean.ok) throw new Error(`Tabler icon ${name}: ${clean.error}`);
      items.push({
        id: `tabler-${variant}-${name}`,
        name: iconLabel(name),
        category,
        svg: clean.svg,
        palette: clean.palette,
        singleColour: clean.singleColour,
        source: 'library',
      });
    }
  }
  return items;
}
