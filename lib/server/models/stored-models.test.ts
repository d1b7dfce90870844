// The stored models and GET /api/models/<sha256>.glb, on a store in a temporary folder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/models/[file]/route';
import { modelSchema } from '../../kinds/model/schema';
import { notebook } from '../../kinds/model/seed-notebook';
import { waterBottle } from '../../kinds/model/seed-bottle';
import { catalogueWithStarters } from '../../templates/catalogue';
import { setStorage } from '../storage';
import { diskStorage } from '../storage/disk';
import { storeSeedModels } from './seed-models';
import { putModel, sha256Of } from './stored-models';

const bottle = new Uint8Array(readFileSync('prisma/seed-models/water-bottle.glb'));
const get = (file: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://shop.test/api/models/${file}`, { headers }), { params: Promise.resolve({ file }) });

describe('stored models', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'onekind-models-'));
    setStorage(diskStorage(root));
  });
  afterAll(() => {
    setStorage(undefined);
    rmSync(root, { recursive: true, force: true });
  });

  it('stores a model once under its hash and serves it for ever', async () => {
    const first = await putModel(bottle);
    expect(first).toEqual({ sha256: sha256Of(bottle), bytes: 292044 });
    expect(await putModel(bottle)).toEqual(first);
    const response = await get(`${first.sha256}.glb`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('model/gltf-binary');
    expect(response.headers.get('content-length')).toBe('292044');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('etag')).toBe(`"${first.sha256}"`);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bottle);
  });

  it('answers a revalidation with 304', async () => {
    const { sha256 } = await putModel(bottle);
    const response = await get(`${sha256}.glb`, { 'if-none-match': `"${sha256}"` });
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBe(`"${sha256}"`);
  });

  it('answers 404 for an unknown model and for any name that is not a hash with .glb', async () => {
    for (const file of [
      `${'0'.repeat(64)}.glb`,
      `${sha256Of(bottle)}.gltf`,
      `${sha256Of(bottle).toUpperCase()}.glb`,
      sha256Of(bottle),
      '..%2F..%2Fetc%2Fpasswd',
      'x.glb',
    ]) {
      const response = await get(file);
      expect(response.status, file).toBe(404);
      expect(await response.json()).toEqual({ error: 'Model not found' });
    }
  });

  it('stores every seed product’s model under the hash its template names', async () => {
    // The whole catalogue: storeSeedModels picks the products made from a model.
    expect(await storeSeedModels(catalogueWithStarters())).toBe(2);
    for (const seed of [waterBottle, notebook]) {
      const { model } = modelSchema.parse(seed.geometry);
      const response = await get(`${model.sha256}.glb`);
      expect(response.status).toBe(200);
      expect(Number(response.headers.get('content-length'))).toBe(model.bytes);
      await response.arrayBuffer();
    }
  });

  it('refuses a seed model whose file does not hash to the name its template gives', async () => {
    const seed = catalogueWithStarters().find((t) => t.slug === waterBottle.slug)!;
    const geometry = modelSchema.parse(seed.geometry);
    const wrong = {
      ...seed,
      geometry: { ...geometry, model: { ...geometry.model, fileName: 'notebook.glb' } },
    };
    await expect(storeSeedModels([wrong])).rejects.toThrow(/notebook\.glb has sha256 5a6d/);
  });
});
