// The model is fetched from GET /api/models/<sha256>.glb with its progress reported as it
// streams, then parsed with three's GLTFLoader.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadProgress, subscribeLoadProgress, type LoadProgress } from '@/components/scene/load-progress';
import { loadGlb } from './load-glb';

const SHA = '5a6d0c792a470ffcb1cb2fb7e0a03359ebbcfda0515fa95232b97f4f278a3d69';
const glb = new Uint8Array(readFileSync('prisma/seed-models/notebook.glb'));

afterEach(() => vi.unstubAllGlobals());

function serve(bytes: Uint8Array, chunk: number, status = 200) {
  const fetch = vi.fn((url: string) => {
    expect(url).toBe(`/api/models/${SHA}.glb`);
    let at = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(at, (at += chunk)));
      },
    });
    return Promise.resolve(
      new Response(body, { status, headers: { 'Content-Length': String(bytes.length) } }),
    );
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('loadGlb', () => {
  it('reports the download as it streams, then parses the model', async () => {
    serve(glb, 8000);
    const seen: LoadProgress[] = [];
    const stop = subscribeLoadProgress(() => seen.push(loadProgress()));
    const { scene, meshName } = await loadGlb(SHA);
    stop();
    expect(seen).toEqual([
      { loaded: 0, total: 22200 },
      { loaded: 8000, total: 22200 },
      { loaded: 16000, total: 22200 },
      { loaded: 22200, total: 22200 },
      null,
    ]);
    const names: string[] = [];
    scene.traverse((o) => {
      if ((o as { isMesh?: boolean }).isMesh) names.push(meshName(o));
    });
    expect(names.sort()).toEqual(['Cover', 'Elastic', 'Pages']);
  });

  it('fails with the status when the model is not there, and stops reporting', async () => {
    serve(new Uint8Array(), 1, 404);
    await expect(loadGlb(SHA)).rejects.toThrow(`Model ${SHA} could not be loaded (404)`);
    expect(loadProgress()).toBeNull();
  });
});
