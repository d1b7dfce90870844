// Product pages of two builds side by side (`npm run bench -- pages --base <checkout>`): the
// other checkout's production build (say the commit an issue starts from) and this one, served
// at once on two ports, their cold loads alternating in one browser, so both see the same
// machine. Prints each product's medians and the ratio this build / the base.
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/support/chromium';
import { percentile } from './stats';
import './product-page';

const SLUGS = [
  'iphone-17-case',
  'ceramic-mug-11oz',
  'heavy-cotton-tee',
  'five-pocket-jeans',
  'stainless-water-bottle-750',
  'a5-hardcover-notebook',
];
// BENCH_SLUGS=a,b measures only those products.
const slugs = () => process.env.BENCH_SLUGS?.split(',') ?? SLUGS;
const COLD_LOADS = Number(process.env.BENCH_COLD_LOADS ?? 5);
const TYPED = 'Onekind rocks!';

// (window.__onekindScene, __longTasks and __keyAt are declared in ./product-page.)
declare global {
  interface Window {
    __lcp?: Array<{ at: number; product: boolean; what: string }>;
  }
}

// Long tasks (for total blocking time) and largest-contentful-paint candidates from the start.
// The product picture is the element marked data-product-picture (or an image inside it).
const OBSERVE = () => {
  window.__longTasks = [];
  window.__lcp = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks!.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Array<PerformanceEntry & { element?: Element | null }>) {
      const el = e.element ?? null;
      window.__lcp!.push({
        at: e.startTime,
        product: !!el?.closest('[data-product-picture]'),
        what: el ? el.tagName.toLowerCase() : '?',
      });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
};

type Load = {
  firstFrame: number;
  productVisible: number;
  lcp: number;
  lcpWhat: string;
  jsBytes: number;
  tbt: number;
};

async function waitForFirstFrame(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('onekind:first-frame').length > 0, null, {
    timeout: 60_000,
  });
  return page.evaluate(() => performance.getEntriesByName('onekind:first-frame')[0]!.startTime);
}

async function coldLoad(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  await page.goto(url);
  const firstFrame = await waitForFirstFrame(page);
  await page.waitForTimeout(500); // late long tasks and paints land in the buffers
  const m = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const jsBytes = performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' || e.name.endsWith('.js'))
      .reduce((n, e) => n + (e as PerformanceResourceTiming).decodedBodySize, 0);
    const tbt = (window.__longTasks ?? [])
      .filter((t) => t.start >= fcp)
      .reduce((n, t) => n + Math.max(0, t.duration - 50), 0);
    return { jsBytes, tbt, lcp: window.__lcp ?? [] };
  });
  await context.close();
  const product = m.lcp.find((e) => e.product);
  const last = m.lcp.at(-1);
  return {
    firstFrame,
    // Without a product picture the product shows with the first model frame.
    productVisible: product ? Math.min(product.at, firstFrame) : firstFrame,
    lcp: last?.at ?? NaN,
    lcpWhat: last ? (last.product ? 'product' : last.what) : '-',
    jsBytes: m.jsBytes,
    tbt: m.tbt,
  };
}

type Edit = { p95: number; p50: number; idleFramesPerSecond: number; idleDprRatio: number };

async function editing(browser: Browser, url: string): Promise<Edit> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await waitForFirstFrame(page);
  await page.getByRole('button', { name: 'Add text' }).click();
  const box = page.getByLabel('Text', { exact: true });
  await box.fill('A');
  await page.waitForFunction(() => (window.__onekindScene?.textureFrameAt ?? 0) > 0, null, {
    timeout: 30_000,
  });
  await page.waitForTimeout(1000);
  await page.evaluate(() =>
    window.addEventListener('keydown', (e) => (window.__keyAt = e.timeStamp), { capture: true }),
  );
  const latencies: number[] = [];
  for (const key of TYPED) {
    const before = await page.evaluate(() => window.__onekindScene!.textureFrameAt ?? 0);
    await box.press(key);
    await page.waitForFunction((t) => (window.__onekindScene!.textureFrameAt ?? 0) > t, before);
    latencies.push(await page.evaluate(() => window.__onekindScene!.textureFrameAt! - window.__keyAt!));
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(1000);
  const start = await page.evaluate(() => window.__onekindScene!.frames);
  await page.waitForTimeout(2000);
  const end = await page.evaluate(() => window.__onekindScene!.frames);
  // Idle sharpness: the canvas's drawing buffer against its CSS size at the full pixel ratio.
  const idleDprRatio = await page.evaluate(() => {
    const c = document.querySelector('canvas')!;
    return c.width / Math.round(c.clientWidth * Math.min(devicePixelRatio, 2));
  });
  await page.close();
  return {
    p95: percentile(latencies, 95),
    p50: percentile(latencies, 50),
    idleFramesPerSecond: (end - start) / 2,
    idleDprRatio,
  };
}

const med = (loads: Load[], pick: (l: Load) => number) => percentile(loads.map(pick), 50);
const cell = (v: number, digits = 0) => v.toFixed(digits).padStart(7);
const ratio = (ours: number, base: number) => (base > 0 ? `${(ours / base).toFixed(2)}x` : '-').padStart(6);

/** Loads every product page from both servers, alternating, and prints the side-by-side table. */
export async function compareProductPages(baseUrl: string, oursUrl: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    console.log(
      `\nProduct pages, base (${baseUrl}) against this build (${oursUrl}): production builds, headless ` +
        `Chromium + SwiftShader, 1280x900, median of ${COLD_LOADS} cold loads each, alternating`,
    );
    console.log(
      '  "product visible": the product picture\'s largest contentful paint (else the first model frame); its ' +
        "ratio is against the base's first model frame. Key→frame over " +
        `${TYPED.length} keys. Idle DPR: canvas pixels / (CSS px × device pixel ratio) a second after typing.`,
    );
    const header = ['product'.padEnd(27), 'base', 'ours', 'ratio'];
    console.log(
      `${header[0]} | ${header[1]!.padStart(7)} | ${header[2]!.padStart(7)} | ${header[3]!.padStart(6)}`,
    );
    for (const slug of slugs()) {
      const base = `${baseUrl}/products/${slug}`;
      const ours = `${oursUrl}/products/${slug}`;
      await coldLoad(browser, base); // the servers' and the browser's first visit, unmeasured
      await coldLoad(browser, ours);
      const b: Load[] = [];
      const o: Load[] = [];
      for (let i = 0; i < COLD_LOADS; i++) {
        b.push(await coldLoad(browser, base));
        o.push(await coldLoad(browser, ours));
      }
      const eb = await editing(browser, base);
      const eo = await editing(browser, ours);
      const rows: Array<[string, number, number, string, number?]> = [
        [
          'product visible ms',
          med(b, (l) => l.productVisible),
          med(o, (l) => l.productVisible),
          ratio(
            med(o, (l) => l.productVisible),
            med(b, (l) => l.firstFrame),
          ),
        ],
        [
          'first model frame ms',
          med(b, (l) => l.firstFrame),
          med(o, (l) => l.firstFrame),
          ratio(
            med(o, (l) => l.firstFrame),
            med(b, (l) => l.firstFrame),
          ),
        ],
        [
          'LCP ms',
          med(b, (l) => l.lcp),
          med(o, (l) => l.lcp),
          ratio(
            med(o, (l) => l.lcp),
            med(b, (l) => l.lcp),
          ),
        ],
        [
          'total blocking time ms',
          med(b, (l) => l.tbt),
          med(o, (l) => l.tbt),
          ratio(
            med(o, (l) => l.tbt),
            med(b, (l) => l.tbt),
          ),
        ],
        [
          'JS decoded KB',
          med(b, (l) => l.jsBytes) / 1024,
          med(o, (l) => l.jsBytes) / 1024,
          ratio(
            med(o, (l) => l.jsBytes),
            med(b, (l) => l.jsBytes),
          ),
        ],
        ['key→frame p50 ms', eb.p50, eo.p50, ratio(eo.p50, eb.p50)],
        ['key→frame p95 ms', eb.p95, eo.p95, ratio(eo.p95, eb.p95)],
        ['idle frames/s', eb.idleFramesPerSecond, eo.idleFramesPerSecond, '', 1],
        ['idle DPR (1 = full)', eb.idleDprRatio, eo.idleDprRatio, '', 2],
      ];
      console.log(`${slug}  (LCP element: base ${b.at(-1)!.lcpWhat}, ours ${o.at(-1)!.lcpWhat})`);
      for (const [name, bv, ov, r, digits] of rows)
        console.log(`  ${name.padEnd(25)} | ${cell(bv, digits)} | ${cell(ov, digits)} | ${r}`);
    }
  } finally {
    await browser.close();
  }
}
