// Requests are measured by route, the page's pattern (/products/[slug]), not by path: one
// time series per page, however many products or orders there are. The patterns come from
// the build's routes manifest; anything else is a static file or unmatched.
import fs from 'node:fs';
import path from 'node:path';

type ManifestRoute = { page: string; regex: string };
type Manifest = { staticRoutes?: ManifestRoute[]; dynamicRoutes?: ManifestRoute[] };

/** A function from a request's path to its route label, from the build in `dir` (.next). */
export function routeLabeler(dir: string): (pathname: string) => string {
  let manifest: Manifest = {};
  try {
    manifest = JSON.parse(
      fs.readFileSync(path.join(dir, '.next', 'routes-manifest.json'), 'utf8'),
    ) as Manifest;
  } catch {
    // No build yet (tests): only the fixed labels below.
  }
  const exact = new Set((manifest.staticRoutes ?? []).map((route) => route.page));
  const dynamic = (manifest.dynamicRoutes ?? []).map((route) => ({
    page: route.page,
    regex: new RegExp(route.regex),
  }));
  return (pathname) => {
    if (pathname.startsWith('/_next/')) return '/_next/*';
    if (exact.has(pathname)) return pathname;
    const found = dynamic.find((route) => route.regex.test(pathname));
    if (found) return found.page;
    return /\.[a-z0-9]+$/i.test(pathname) ? 'static file' : 'unmatched';
  };
}
