// Server response times of the catalogue and product pages (sequential requests on loopback).
import { percentile, ms } from './stats';

const PAGES = ['/', '/products/iphone-17-case', '/products/ceramic-mug-11oz', '/products/heavy-cotton-tee', '/products/five-pocket-jeans'];
const REQUESTS = 100;

/** Prints p50/p95 time to a complete HTML response and its size for each page. */
export async function benchCatalogue(baseUrl: string, label: string): Promise<void> {
  console.log(`\nPage responses on ${label} (${REQUESTS} sequential requests each, after 5 warm-ups)`);
  console.log('page'.padEnd(32), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'HTML KB'.padStart(8));
  for (const page of PAGES) {
    for (let i = 0; i < 5; i++) await (await fetch(baseUrl + page)).text();
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const started = performance.now();
      const response = await fetch(baseUrl + page);
      const body = await response.text();
      times.push(performance.now() - started);
      if (!response.ok) throw new Error(`${page} answered ${response.status}`);
      bytes = body.length;
    }
    console.log(page.padEnd(32), ms(percentile(times, 50)).padStart(8), ms(percentile(times, 95)).padStart(8), (bytes / 1024).toFixed(1).padStart(8));
  }
}
