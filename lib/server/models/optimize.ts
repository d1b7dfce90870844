import 'server-only';
import { Logger, type Document, type Property } from '@gltf-transform/core';
import { dedup, meshopt, prune, textureCompress, weld } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import sharp from 'sharp';
import { STORED_TEXTURE_PX } from '../../models/upload';

// Makes an accepted model small for shoppers' browsers: unused data pruned (UVs kept: zones
// are placed on them even where no texture uses them), duplicates merged, vertices welded,
// textures at most 2048 px re-encoded with sharp, and the geometry quantized and
// meshopt-compressed (EXT_meshopt_compression; the browser decodes it with three's bundled
// meshopt decoder). Positions and UVs keep 16 bits, so a zone measures the same afterwards.

/** Unique, non-empty names (the studio and the template refer to meshes and materials by name). */
function nameAll(items: Property[], fallback: string): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const base = item.getName().trim() || `${fallback} ${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name); n++) name = `${base} (${n})`;
    seen.add(name);
    item.setName(name);
  });
}

/** Optimizes the document in place. */
export async function optimizeModel(doc: Document): Promise<void> {
  const root = doc.getRoot();
  doc.setLogger(new Logger(Logger.Verbosity.WARN));
  await doc.transform(
    prune({ keepAttributes: true, keepLeaves: false }),
    dedup(),
    weld(),
    ...(root.listTextures().length
      ? [textureCompress({ encoder: sharp, resize: [STORED_TEXTURE_PX, STORED_TEXTURE_PX] })]
      : []),
    meshopt({ encoder: MeshoptEncoder, level: 'medium', quantizePosition: 16, quantizeTexcoord: 16 }),
  );
  nameAll(root.listMeshes(), 'Mesh');
  nameAll(root.listMaterials(), 'Material');
  // three.js names a loaded mesh after its node: the node takes its mesh's name, so the studio
  // and the configurator find a mesh by the name the template uses.
  for (const node of root.listNodes()) {
    const mesh = node.getMesh();
    if (mesh) node.setName(mesh.getName());
  }
}
