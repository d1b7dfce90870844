// `npm run bench -- floor [--base <checkout>]`: the floor under issue 18's product page targets.
// Bundles bench/floor/page.tsx (React, react-three-fiber, three.js and one lit mesh: nothing a
// product page could do without) with esbuild, tree-shaken and minified, and prints its size per
// package: no product page on Next.js + React + r3f + three can ship less JavaScript. With
// --base it also serves that page and loads it cold, alternating with the base checkout's
// product pages, and prints the first-frame floor as a ratio of theirs.
import http from 'node:http';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/support/chromium';
import { percentile } from './stats';

const ROOT = path.resolve(import.meta.dirname, '..');
const SLUGS = ['iphone-17-case', 'heavy-cotton-tee', 'ceramic-mug-11oz'];
const COLD_LOADS = Number(process.env.BENCH_COLD_LOADS ?? 5);

async function bundleFloor(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'bench/floor/page.tsx')],
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  const perPackage = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? 'the page';
    perPackage.set(name, (perPackage.get(name) ?? 0) + bytesInOutput);
  }
  const code = result.outputFiles[0]!.text;
  console.log(
    `\nJavaScript floor (React + react-three-fiber + three.js, one lit mesh; esbuild, minified): ` +
      `${(Buffer.byteLength(code) / 1024).toFixed(0)} KB decoded`,
  );
  console.log(
    `  ${[...perPackage]
      .sort((a, b) => b[1] - a[1])
      .filter(([, bytes]) => bytes >= 1024)
      .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)} KB`)
      .join(', ')}`,
  );
  return code;
}

function serveFloor(code: string, port: number): http.Server {
  const html =
    '<!doctype html><html><head><meta charset="utf-8"><title>Floor</title>' +
    '<script type="module" src="/floor.js"></script></head>' +
    '<body><div id="app"></div><canvas style="width:584px;height:700px"></canvas></body></html>';
  return http
    .createServer((req, res) => {
      const js = req.url === '/floor.js';
      res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
      res.end(js ? code : html);
    })
    .listen(port, '127.0.0.1');
}

async function firstFrames(urls: string[]): Promise<Map<string, number>> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const frames = new Map<string, number[]>(urls.map((u) => [u, []]));
  try {
    // One unmeasured round first: the servers' and the browser's first visits.
    for (let round = 0; round <= COLD_LOADS; round++) {
      for (const url of urls) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(url);
        await page.waitForFunction(
          () => performance.getEntriesByName('onekind:first-frame').length > 0,
          null,
          {
            timeout: 60_000,
          },
        );
        const at = await page.evaluate(
          () => performance.getEntriesByName('onekind:first-frame')[0]!.startTime,
        );
        if (round > 0) frames.get(url)!.push(at);
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return new Map([...frames].map(([url, times]) => [url, percentile(times, 50)]));
}

/** Prints the JavaScript floor and, given a base server, the first-frame floor against it. */
export async function benchFloor(baseUrl: string | undefined, port: number): Promise<void> {
  const code = await bundleFloor();
  if (!baseUrl) return;
  const server = serveFloor(code, port);
  try {
    const floorUrl = `http://127.0.0.1:${port}/`;
    const medians = await firstFrames([floorUrl, ...SLUGS.map((slug) => `${baseUrl}/products/${slug}`)]);
    const floor = medians.get(floorUrl)!;
    console.log(
      `\nFirst frame, median of ${COLD_LOADS} cold loads each, alternating: the floor page ${floor.toFixed(0)} ms`,
    );
    for (const slug of SLUGS) {
      const base = medians.get(`${baseUrl}/products/${slug}`)!;
      console.log(
        `  base ${slug.padEnd(20)} ${base.toFixed(0).padStart(6)} ms   floor / base ${(floor / base).toFixed(2)}x`,
      );
    }
  } finally {
    server.close();
  }
}
