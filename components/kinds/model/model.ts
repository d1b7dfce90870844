// A brand's GLB as the product's model: loaded from the store, scaled to mm by the template's
// scaleToMm, one part per mesh named by its material (options dress materials by name), and one
// surface per measured UV rectangle, on which each zone's artwork lies through its part of the
// rectangle (the same cut-to-the-zone mesh the built-in kinds use, from lib/kinds/model/uv-surface).
import { BufferAttribute, BufferGeometry, Vector3, type Mesh, type Object3D } from 'three';
import type { ModelGeometry } from '@/lib/kinds/model/schema';
import type { MeshArrays } from '@/lib/kinds/model/uv-mesh';
import { pointAtUv, surfaceUnderRect, zoneUvRect } from '@/lib/kinds/model/uv-surface';
import type { Swatch } from '@/components/scene/materials';
import type { ModelPart, ModelSurface, ProductModel } from '@/components/scene/models/types';
import type { KindModel } from '../kind';
import type { LoadedGlb } from './load-glb';
import { ownSwatch } from './own-swatch';

// Parsed models by sha256, so a change of unit or zone in the studio does not fetch again.
const loaded = new Map<string, Promise<LoadedGlb>>();
const KEEP = 4;

function sceneOf(sha256: string): Promise<LoadedGlb> {
  let scene = loaded.get(sha256);
  if (!scene) {
    // The glTF loader and the meshopt decoder (about 130 KB) load only on a model product's page,
    // not with every product page's 3D bundle.
    scene = import('./load-glb').then(({ loadGlb }) => loadGlb(sha256));
    scene.catch(() => loaded.delete(sha256));
    loaded.set(sha256, scene);
    if (loaded.size > KEEP) loaded.delete(loaded.keys().next().value!);
  }
  return scene;
}

/** A mesh's geometry as float attributes in world space and mm (quantized models are expanded). */
export function worldGeometry(mesh: Mesh, scaleToMm: number): BufferGeometry {
  const source = mesh.geometry;
  const out = new BufferGeometry();
  for (const name of ['position', 'normal', 'uv'] as const) {
    const attribute = source.getAttribute(name);
    if (!attribute) continue;
    const size = attribute.itemSize;
    const array = new Float32Array(attribute.count * size);
    for (let i = 0; i < attribute.count; i++)
      for (let k = 0; k < size; k++) array[i * size + k] = attribute.getComponent(i, k);
    out.setAttribute(name, new BufferAttribute(array, size));
  }
  const index = source.getIndex();
  if (index) out.setIndex(Array.from({ length: index.count }, (_, i) => index.getX(i)));
  out.applyMatrix4(mesh.matrixWorld);
  out.scale(scaleToMm, scaleToMm, scaleToMm);
  if (!out.getAttribute('normal')) out.computeVertexNormals();
  return out;
}

/** A geometry's attributes as the plain arrays lib/kinds/model measures and cuts. */
export const arraysOf = (g: BufferGeometry): MeshArrays => ({
  positions: g.getAttribute('position').array,
  uvs: g.getAttribute('uv')?.array ?? new Float32Array(g.getAttribute('position').count * 2),
  normals: g.getAttribute('normal')?.array,
  indices: g.getIndex()?.array ?? null,
});

function meshesOf(root: Object3D): Mesh[] {
  const out: Mesh[] = [];
  root.updateMatrixWorld(true);
  root.traverse((o) => {
    if ((o as Mesh).isMesh) out.push(o as Mesh);
  });
  return out;
}

/** Builds the product from its stored GLB: parts by material, surfaces by UV rectangle. */
export async function buildFromGlb(g: ModelGeometry): Promise<ProductModel> {
  const { scene, meshName } = await sceneOf(g.model.sha256);
  const parts: ModelPart[] = [];
  const byMesh = new Map<string, BufferGeometry[]>();
  const own: Record<string, Swatch> = {};
  for (const mesh of meshesOf(scene)) {
    const geometry = worldGeometry(mesh, g.scaleToMm);
    const material = Array.isArray(mesh.material) ? mesh.material[0] : mesh.material;
    const part = material?.name ?? '';
    parts.push({ part, geometry });
    if (material && !(part in own)) own[part] = ownSwatch(material);
    const name = meshName(mesh);
    byMesh.set(name, [...(byMesh.get(name) ?? []), geometry]);
  }
  const surfaces: Record<string, ModelSurface> = {};
  for (const s of g.surfaces) {
    const geometries = byMesh.get(s.mesh);
    if (!geometries) continue;
    const arrays = geometries.map(arraysOf);
    surfaces[s.id] = {
      part: g.parts.find((p) => p.material === s.material)?.material ?? g.parts[0]?.material ?? '',
      artGeometry(rect) {
        const uv = zoneUvRect(s.uv, s, rect);
        const cut = arrays.map((a) => surfaceUnderRect(a, uv, 1));
        const geometry = new BufferGeometry();
        const join = (pick: (c: (typeof cut)[number]) => Float32Array) => {
          const all = new Float32Array(cut.reduce((n, c) => n + pick(c).length, 0));
          let at = 0;
          for (const c of cut) {
            all.set(pick(c), at);
            at += pick(c).length;
          }
          return all;
        };
        geometry.setAttribute(
          'position',
          new BufferAttribute(
            join((c) => c.positions),
            3,
          ),
        );
        geometry.setAttribute(
          'normal',
          new BufferAttribute(
            join((c) => c.normals),
            3,
          ),
        );
        geometry.setAttribute(
          'uv',
          new BufferAttribute(
            join((c) => c.uvs),
            2,
          ),
        );
        return geometry;
      },
      frameAt(xMm, yMm) {
        const u = s.uv.u0 + (xMm / s.widthMm) * (s.uv.u1 - s.uv.u0);
        const v = s.uv.v0 + (yMm / s.heightMm) * (s.uv.v1 - s.uv.v0);
        for (const a of arrays) {
          const hit = pointAtUv(a, u, v, 1);
          if (hit)
            return { point: new Vector3(...hit.point), normal: new Vector3(...hit.normal).normalize() };
        }
        return { point: new Vector3(0, g.boundsMm.y / 2, 0), normal: new Vector3(0, 0, 1) };
      },
    };
  }
  const first = g.views[0];
  const viewDirection = first
    ? new Vector3(...first.positionMm).sub(new Vector3(...first.targetMm)).normalize()
    : new Vector3(0.35, 0.3, 1).normalize();
  return {
    parts,
    surfaces,
    viewDirection,
    polarRange: [0.04 * Math.PI, 0.96 * Math.PI],
    ownSwatches: own,
    views: Object.fromEntries(
      g.views.map((v) => [
        v.id,
        { position: new Vector3(...v.positionMm), target: new Vector3(...v.targetMm), fovDeg: v.fovDeg },
      ]),
    ),
  };
}

// The materials no option dresses keep the model's own finish (ownSwatches).
export const modelModel: KindModel<'model'> = { build: buildFromGlb, fixedSwatches: {} };
