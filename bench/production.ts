// npm run bench -- production: time and peak memory to build the maker's ZIP (print files,
// spec.json, production sheet) of one line per seeded product with a 12-megapixel photo.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { seedCatalogue } from '../lib/templates/catalogue';

type Result = { slug: string; format: string; imageBytes: number; files: number; zipBytes: number; coldMs: number; warmMs: number; peakRssMb: number; rssBeforeMb: number };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Runs each product in its own process (one at a time: the machine is shared) and prints a table. */
export function benchProduction(): void {
  console.log('\nProduction ZIP per line (12 MP photo, 4032 x 3024), one process per product:');
  console.log('product                 image         files  zip        cold      warm      peak RSS');
  const runs: Array<[string, string]> = seedCatalogue().flatMap((t) => [[t.slug, 'jpeg'] as [string, string]]);
  runs.push(['iphone-17-case', 'png']);
  for (const [slug, format] of runs) {
    const out = execFileSync(path.join('node_modules', '.bin', 'tsx'), ['--conditions=react-server', path.join('bench', 'production-line.ts'), slug, format], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = JSON.parse(out.trim().split('\n').at(-1)!) as Result;
    console.log(
      `${r.slug.padEnd(22)}  ${`${r.format} ${mb(r.imageBytes)}`.padEnd(12)}  ${String(r.files).padStart(5)}  ${mb(r.zipBytes).padEnd(9)}  ${`${r.coldMs} ms`.padEnd(8)}  ${`${r.warmMs} ms`.padEnd(8)}  ${r.peakRssMb} MB (${r.rssBeforeMb} MB before)`,
    );
  }
}
