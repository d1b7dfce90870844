import 'server-only';
import { NodeIO, type Document } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { dequantize } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';

// One glTF-Transform reader and writer with every Khronos extension and the meshopt codec, so
// stored models (meshopt-compressed, quantized) read back exactly as the browser reads them.

let io: Promise<NodeIO> | undefined;

/** The shared NodeIO, once meshopt's WebAssembly is ready. */
export function modelIO(): Promise<NodeIO> {
  return (io ??= Promise.all([MeshoptDecoder.ready, MeshoptEncoder.ready]).then(() =>
    new NodeIO()
      .registerExtensions(ALL_EXTENSIONS)
      .registerDependencies({ 'meshopt.decoder': MeshoptDecoder, 'meshopt.encoder': MeshoptEncoder }),
  ));
}

/** Reads a stored GLB back with plain float attributes, for measuring. */
export async function readStoredModel(glb: Uint8Array): Promise<Document> {
  const doc = await (await modelIO()).readBinary(glb);
  await doc.transform(dequantize());
  return doc;
}
