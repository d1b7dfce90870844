import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every studio page and action must check the caller before anything else. Read from the
// sources, so the check holds whichever sign-in stands behind requireRole and actionUser.

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const ACTIONS = [
  'create-template',
  'duplicate-template',
  'rename-template',
  'archive-template',
  'delete-template',
  'save-draft',
  'publish-draft',
];

function pages(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? pages(path.join(dir, e.name)) : e.name === 'page.tsx' ? [path.join(dir, e.name)] : [],
    );
}

describe('studio guards', () => {
  it.each(ACTIONS)('%s asks for a brand admin first', (name) => {
    const source = fs.readFileSync(path.join(ROOT, 'lib', 'server', 'actions', `${name}.ts`), 'utf8');
    // The function's body opens with the check: nothing runs before it.
    expect(source).toMatch(/export async function \w+\([^)]*\)[\s\S]*?\{\s*const user = await actionUser\(\['admin'\]\);\s*if \(!user\) return SIGN_IN;/);
  });

  it('every studio page requires a brand admin before loading anything', () => {
    const found = pages(path.join(ROOT, 'app', 'studio'));
    expect(found.length).toBeGreaterThanOrEqual(6);
    for (const file of found) {
      const source = fs.readFileSync(file, 'utf8');
      // requireRole(['admin'], …) or requireRole(STUDIO, …) (lib/auth/roles.ts: admins only).
      const guard = source.search(/await requireRole\(\s*(\['admin'\]|STUDIO),/);
      expect(guard, path.relative(ROOT, file)).toBeGreaterThan(0);
      for (const load of ['loadDraft(', 'listStudioTemplates(', 'listVersions(', 'getProduct(']) {
        const at = source.indexOf(load, source.indexOf('export default'));
        if (at >= 0) expect(at, `${path.relative(ROOT, file)} loads before checking`).toBeGreaterThan(guard);
      }
    }
  });
});
