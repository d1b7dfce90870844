import { expect, test, type APIRequestContext } from '@playwright/test';
import * as models from '../lib/models/testing/models';
import { SIGNED_IN } from './support/staff';

// The studio's model upload over HTTP: each kind of bad model is refused with a 4xx and a
// message a brand can act on, the server keeps serving after each, and a model of several
// meshes and materials is accepted, listed and measured. Test models are built in the test
// (lib/models/testing/models.ts), not committed blobs.

test.use({ storageState: SIGNED_IN.admin });

const upload = (api: APIRequestContext, bytes: Uint8Array, name = 'model.glb') =>
  api.post('/api/studio/models', {
    multipart: { file: { name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) } },
  });

type Refusal = { error: string; issues: Array<{ code: string; message: string; pointer?: string }> };

const BAD: Array<[string, () => Promise<Uint8Array>, number, RegExp]> = [
  ['not glTF 2.0', models.gltfVersion1, 422, /glTF 1\.0 file: Onekind reads glTF 2\.0/],
  ['truncated', models.truncated, 422, /truncated/],
  ['wrong magic', models.wrongMagic, 422, /magic is wrong/],
  ['not a model', () => Promise.resolve(new TextEncoder().encode('just text')), 415, /not a glTF model/],
  ['over 50 MB', () => Promise.resolve(models.overSizeLimit()), 413, /larger than 50 MB/],
  ['over 300,000 triangles', models.tooManyTriangles, 422, /304,000 triangles; at most 300,000/],
  ['a texture over 4096 px', models.hugeTexture, 422, /4100 × 8 px: textures may be at most 4096 px/],
  ['no mesh', models.noMesh, 422, /no mesh/],
  ['an external URI', models.externalUri, 422, /not inside the \.gltf: "https:\/\/example\.com\/card\.bin"/],
  [
    'a file outside the .zip',
    () => models.zippedGltf({ escape: true }),
    422,
    /not in the \.zip: "\.\.\/card\.bin"/,
  ],
];

test.describe('uploading a 3D model to the studio', () => {
  for (const [what, make, status, message] of BAD) {
    test(`a model with ${what} is refused with ${status} and a clear message; the server keeps serving`, async ({
      request,
    }) => {
      const response = await upload(request, await make());
      expect(response.status()).toBe(status);
      expect(((await response.json()) as Refusal).error).toMatch(message);
      expect((await request.get('/')).status()).toBe(200);
      expect((await request.get('/api/studio/models/' + '0'.repeat(64))).status()).toBe(404);
    });
  }

  test("the validator's errors come back with their JSON pointers", async ({ request }) => {
    const glb = await models.cardModel();
    const length = new DataView(glb.buffer, glb.byteOffset).getUint32(12, true);
    const json = JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + length))) as {
      meshes: Array<{ primitives: Array<{ indices: number }> }>;
    };
    json.meshes[0]!.primitives[0]!.indices = 99;
    const response = await upload(request, new TextEncoder().encode(JSON.stringify(json)), 'broken.gltf');
    expect(response.status()).toBe(422);
    const body = (await response.json()) as Refusal;
    expect(body.error).toMatch(
      /The glTF validator found \d+ error\(s\) in this model, the first at \/meshes\/0\/primitives\/0\/indices/,
    );
    expect(body.issues).toContainEqual(
      expect.objectContaining({ pointer: '/meshes/0/primitives/0/indices' }),
    );
  });

  test('a model of several meshes and materials is accepted, listed and measured', async ({ request }) => {
    const response = await upload(request, await models.cardModel(), 'card.glb');
    expect(response.status()).toBe(201);
    const model = (await response.json()) as {
      sha256: string;
      meshes: Array<{ name: string; hasUvs: boolean; materials: string[] }>;
      materials: Array<{ name: string }>;
    };
    expect(model.meshes.map((m) => [m.name, m.hasUvs, m.materials])).toEqual([
      ['Card', true, ['Paper']],
      ['Board', true, ['Wood']],
      ['Peg', false, ['Wood']],
    ]);
    expect(model.materials.map((m) => m.name)).toEqual(['Paper', 'Wood']);
    expect(
      ((await (await request.get(`/api/studio/models/${model.sha256}`)).json()) as typeof model).meshes,
    ).toHaveLength(3);

    const measure = (mesh: string, uv: object) =>
      request.post(`/api/studio/models/${model.sha256}/measure`, { data: { mesh, uv, scaleToMm: 1000 } });
    const zone = await measure('Card', { u0: 0.1, v0: 0.1, u1: 0.5, v1: 0.9 });
    expect(zone.status()).toBe(200);
    const mm = (await zone.json()) as { widthMm: number; heightMm: number; stretchPct: number };
    expect(mm.widthMm).toBeCloseTo(100, 1);
    expect(mm.heightMm).toBeCloseTo(100, 1);
    const noUvs = await measure('Peg', { u0: 0.2, v0: 0.2, u1: 0.4, v1: 0.4 });
    expect(noUvs.status()).toBe(422);
    expect(((await noUvs.json()) as { error: string }).error).toMatch(/"Peg" has no UV layout/);
    const offIsland = await measure('Card', { u0: 0.05, v0: 0.2, u1: 0.4, v1: 0.4 });
    expect(offIsland.status()).toBe(422);
    expect(((await offIsland.json()) as { error: string }).error).toMatch(
      /reaches past the edge of its UV island/,
    );
  });

  test('a .gltf with its files in one .zip is accepted', async ({ request }) => {
    const response = await upload(request, await models.zippedGltf(), 'card.zip');
    expect(response.status()).toBe(201);
  });
});
