// What the product page's configurator ships to the browser: bundled here with esbuild as a
// browser bundle (server actions replaced by stubs, as Next.js replaces them by references),
// to keep libraries that only the server needs out of it. zod alone is 109 KB of decoded
// JavaScript; the browser never parses a schema on the product page (the server does), so
// client code imports names and types from zod-free modules (lib/layers/shape/names.ts,
// lib/embed/protocol.ts) and schemas stay behind `import type`.
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

// Server actions reach the browser as references, never as code.
const serverActionStubs: Plugin = {
  name: 'server-action-stubs',
  setup(b) {
    b.onLoad({ filter: /\.tsx?$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      if (!/^\s*['"]use server['"]/.test(source)) return undefined;
      const names = [...source.matchAll(/export\s+async\s+function\s+(\w+)/g)].map((m) => m[1]);
      return {
        contents: names.map((n) => `export async function ${n}() {}`).join('\n'),
        loader: 'ts',
      };
    });
  },
};

/**
 * The source files with code in what the entry loads: its chunk, the chunks it imports and the
 * chunks it imports dynamically, except those whose entry matches `lazy` (loaded only on demand).
 */
async function browserInputs(entry: string, lazy: RegExp): Promise<string[]> {
  const result = await build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    splitting: true,
    outdir: '/tmp/onekind-client-bundle',
    jsx: 'automatic',
    alias: { '@': ROOT },
    loader: { '.css': 'empty' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    plugins: [serverActionStubs],
  });
  const outputs = result.metafile.outputs;
  const start = Object.keys(outputs).find((o) => outputs[o]!.entryPoint?.endsWith(entry));
  const seen = new Set<string>();
  const visit = (out: string) => {
    if (seen.has(out)) return;
    seen.add(out);
    for (const i of outputs[out]!.imports) {
      const target = outputs[i.path];
      if (target && !(i.kind === 'dynamic-import' && lazy.test(target.entryPoint ?? ''))) visit(i.path);
    }
  };
  visit(start!);
  return [...seen].flatMap((o) =>
    Object.entries(outputs[o]!.inputs)
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([f]) => f),
  );
}

describe('the product page configurator in the browser', () => {
  it('ships no schema library and no server-only package', async () => {
    // The embed bridge loads only inside a host's frame (it reads the host's commands with
    // zod); the font reader at the shopper's first interaction (components/configurator/render-context.tsx).
    const inputs = await browserInputs('components/configurator/configurator.tsx', /embed-bridge|opentype/);
    expect(inputs.some((f) => f.includes('components/configurator/'))).toBe(true);
    const banned = ['node_modules/zod/', 'node_modules/opentype.js/', 'node_modules/pdf-lib/', 'lib/server/'];
    const serverAction = (f: string) => f.startsWith('lib/server/actions/'); // stubs, as references
    expect(inputs.filter((f) => !serverAction(f) && banned.some((b) => f.includes(b)))).toEqual([]);
  }, 60_000);

  it('loads the layer editors, the clipart picker and the starter library only on demand', async () => {
    // Each kind's fields when a layer of it is first selected (components/layers/layer-fields.tsx);
    // the picker's panel with the 40 KB library when "Add clipart" is first reached for; the
    // library items a design starts with come with the page (lib/clipart/library-source.browser.ts).
    const lazy =
      /embed-bridge|opentype|components\/layers\/\w+\/fields\.tsx|clipart-panel|lib\/clipart\/library\.ts/;
    const inputs = await browserInputs('components/configurator/configurator.tsx', lazy);
    expect(inputs).toContain('lib/clipart/library-source.browser.ts');
    const onDemand = [
      'lib/clipart/library.json',
      'components/layers/clipart/clipart-panel.tsx',
      ...['text', 'image', 'shape', 'clipart', 'monogram'].map((k) => `components/layers/${k}/fields.tsx`),
    ];
    expect(inputs.filter((f) => onDemand.includes(f))).toEqual([]);
  }, 60_000);
});
