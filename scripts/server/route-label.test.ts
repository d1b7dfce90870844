import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { routeLabeler } from './route-label';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-routes-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('route labels for the latency metric', () => {
  it('names each request by its page pattern from the build, never by its path', () => {
    fs.mkdirSync(path.join(dir, '.next'));
    fs.writeFileSync(
      path.join(dir, '.next', 'routes-manifest.json'),
      JSON.stringify({
        staticRoutes: [
          { page: '/', regex: '^/(?:/)?$' },
          { page: '/cart', regex: '^/cart(?:/)?$' },
        ],
        dynamicRoutes: [
          { page: '/products/[slug]', regex: '^/products/([^/]+?)(?:/)?$' },
          { page: '/api/uploads/[id]/preview', regex: '^/api/uploads/([^/]+?)/preview(?:/)?$' },
        ],
      }),
    );
    const label = routeLabeler(dir);
    expect(label('/')).toBe('/');
    expect(label('/cart')).toBe('/cart');
    expect(label('/products/ceramic-mug-11oz')).toBe('/products/[slug]');
    expect(label(`/api/uploads/${'a'.repeat(64)}/preview`)).toBe('/api/uploads/[id]/preview');
    expect(label('/_next/static/chunks/app.js')).toBe('/_next/*');
    expect(label('/fonts/inter.woff2')).toBe('static file');
    expect(label('/no/such/page')).toBe('unmatched');
  });

  it('works without a build, with the fixed labels only', () => {
    expect(routeLabeler(path.join(dir, 'nothing'))('/products/x')).toBe('unmatched');
  });
});
