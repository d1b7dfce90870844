// npm run bench -- production: time and peak memory to build the maker's ZIP (print files,
// spec.json, production sheet) of one line per product kind with a 12-megapixel photo: first
// with the photo in one zone (text in the others), then with the photo in every zone that
// takes images (the worst case: a t-shirt printed front and back with photos).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { catalogueWithStarters } from '../lib/templates/catalogue';

type Result = { slug: string; format: string; photos: number; imageBytes: number; files: number; zipBytes: number; coldMs: number; warmMs: number; peakRssMb: number; rssBeforeMb: number };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function run(slug: string, format: string, photos: 'one' | 'every'): Result {
  const out = execFileSync(path.join('node_modules', '.bin', 'tsx'), ['--conditions=react-server', path.join('bench', 'production-line.ts'), slug, format, photos], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Result;
}

/** Runs each product in its own process (one at a time: the machine is shared) and prints a table. */
export function benchProduction(): void {
  const products = catalogueWithStarters().map((t) => t.slug);
  const tables: Array<[string, Array<[string, string, 'one' | 'every']>]> = [
    ['the photo in one zone, text in the others', [...products.map((slug): [string, string, 'one'] => [slug, 'jpeg', 'one']), ['iphone-17-case', 'png', 'one']]],
    ['the photo in every zone that takes images', products.map((slug): [string, string, 'every'] => [slug, 'jpeg', 'every'])],
  ];
  for (const [title, runs] of tables) {
    console.log(`\nProduction ZIP per line, 12 MP photo (4032 x 3024), ${title}; one process per product:`);
    console.log('product                 image         photos  files  zip        cold      warm      peak RSS');
    for (const [slug, format, photos] of runs) {
      const r = run(slug, format, photos);
      console.log(
        `${r.slug.padEnd(22)}  ${`${r.format} ${mb(r.imageBytes)}`.padEnd(12)}  ${String(r.photos).padStart(6)}  ${String(r.files).padStart(5)}  ${mb(r.zipBytes).padEnd(9)}  ${`${r.coldMs} ms`.padEnd(8)}  ${`${r.warmMs} ms`.padEnd(8)}  ${r.peakRssMb} MB (${r.rssBeforeMb} MB before)`,
      );
    }
  }
}
