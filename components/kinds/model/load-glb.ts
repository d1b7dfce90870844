// Fetches a stored model with progress and parses it with three's GLTFLoader. The decoder for
// meshopt-compressed models ships in the bundle (no CDN). Tests (node) read the bytes from disk
// through setModelSource instead of fetching.
import type { Group, Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { modelUrl } from '@/lib/kinds/model/url';
import { setLoadProgress } from '@/components/scene/load-progress';

type Source = (sha256: string) => Promise<ArrayBuffer>;

async function fetchWithProgress(sha256: string): Promise<ArrayBuffer> {
  const response = await fetch(modelUrl(sha256));
  if (!response.ok || !response.body)
    throw new Error(`Model ${sha256} could not be loaded (${response.status})`);
  const total = Number(response.headers.get('Content-Length') ?? 0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  setLoadProgress({ loaded, total });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.byteLength;
      setLoadProgress({ loaded, total });
    }
  } finally {
    setLoadProgress(null);
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes.buffer;
}

let source: Source = fetchWithProgress;

/** Where model bytes come from (tests read them from disk). */
export function setModelSource(next: Source | null): void {
  source = next ?? fetchWithProgress;
}

/** A loaded model: its scene graph, and the glTF mesh name of each of its three meshes. */
export type LoadedGlb = { scene: Group; meshName: (object: Object3D) => string };

/** The scene graph of the stored model named by `sha256`. */
export async function loadGlb(sha256: string): Promise<LoadedGlb> {
  const bytes = await source(sha256);
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.parseAsync(bytes, '');
  const { associations, json } = gltf.parser as unknown as {
    associations: Map<Object3D, { meshes?: number }>;
    json: { meshes?: Array<{ name?: string }> };
  };
  // Three names a mesh after its node; zones name the glTF mesh.
  const meshName = (object: Object3D) => {
    const index = associations.get(object)?.meshes;
    return (index !== undefined ? json.meshes?.[index]?.name : undefined) ?? object.name;
  };
  return { scene: gltf.scene, meshName };
}
