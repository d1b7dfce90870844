// Test models built with glTF-Transform's Document (no binary blobs in the repo): a product of
// several meshes and materials with UV layouts, and the bad uploads the studio must refuse.
import { Document, NodeIO, type Material } from '@gltf-transform/core';
import { zipSync } from 'fflate';
import sharp from 'sharp';

type Grid = { columns: number; rows: number; widthM: number; heightM: number; z?: number; uv?: boolean };

/** A flat grid facing +z, its UVs spanning 0.1..0.9 (v down), as a mesh of `doc` on its own node. */
function addGrid(doc: Document, name: string, material: Material, g: Grid): void {
  const buffer = doc.getRoot().listBuffers()[0] ?? doc.createBuffer();
  const positions: number[] = [];
  const uvs: number[] = [];
  const indices: number[] = [];
  for (let j = 0; j <= g.rows; j++)
    for (let i = 0; i <= g.columns; i++) {
      positions.push((g.widthM * i) / g.columns, (g.heightM * j) / g.rows, g.z ?? 0);
      uvs.push(0.1 + (0.8 * i) / g.columns, 0.9 - (0.8 * j) / g.rows);
    }
  const at = (i: number, j: number) => j * (g.columns + 1) + i;
  for (let j = 0; j < g.rows; j++)
    for (let i = 0; i < g.columns; i++)
      indices.push(at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j), at(i + 1, j + 1), at(i, j + 1));
  const prim = doc
    .createPrimitive()
    .setMaterial(material)
    .setAttribute(
      'POSITION',
      doc.createAccessor().setType('VEC3').setArray(new Float32Array(positions)).setBuffer(buffer),
    )
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint32Array(indices)).setBuffer(buffer));
  if (g.uv !== false)
    prim.setAttribute(
      'TEXCOORD_0',
      doc.createAccessor().setType('VEC2').setArray(new Float32Array(uvs)).setBuffer(buffer),
    );
  const mesh = doc.createMesh(name).addPrimitive(prim);
  const scene = doc.getRoot().listScenes()[0] ?? doc.createScene('Scene');
  doc.getRoot().setDefaultScene(scene);
  scene.addChild(doc.createNode(name).setMesh(mesh));
}

const io = () => new NodeIO();

/**
 * A 200 x 100 mm card (mesh "Card", material "Paper", with UVs) on a 210 x 110 mm board
 * (mesh "Board", material "Wood", with UVs) and a peg without UVs (mesh "Peg", material "Wood").
 */
export async function cardModel(): Promise<Uint8Array> {
  const doc = new Document();
  const paper = doc
    .createMaterial('Paper')
    .setBaseColorFactor([1, 1, 1, 1])
    .setRoughnessFactor(0.9)
    .setMetallicFactor(0);
  const wood = doc
    .createMaterial('Wood')
    .setBaseColorFactor([0.4, 0.25, 0.1, 1])
    .setRoughnessFactor(0.6)
    .setMetallicFactor(0);
  addGrid(doc, 'Card', paper, { columns: 8, rows: 4, widthM: 0.2, heightM: 0.1, z: 0.002 });
  addGrid(doc, 'Board', wood, { columns: 2, rows: 2, widthM: 0.21, heightM: 0.11 });
  addGrid(doc, 'Peg', wood, { columns: 1, rows: 1, widthM: 0.01, heightM: 0.01, z: 0.004, uv: false });
  return io().writeBinary(doc);
}

/** A grid of more than 300,000 triangles. */
export async function tooManyTriangles(): Promise<Uint8Array> {
  const doc = new Document();
  addGrid(doc, 'Dense', doc.createMaterial('Dense'), { columns: 400, rows: 380, widthM: 1, heightM: 1 });
  return io().writeBinary(doc);
}

/** A card whose base colour texture is 4100 px wide. */
export async function hugeTexture(): Promise<Uint8Array> {
  const doc = new Document();
  const png = await sharp({ create: { width: 4100, height: 8, channels: 3, background: '#c33' } })
    .png()
    .toBuffer();
  const texture = doc.createTexture('Huge').setImage(new Uint8Array(png)).setMimeType('image/png');
  addGrid(doc, 'Card', doc.createMaterial('Printed').setBaseColorTexture(texture), {
    columns: 1,
    rows: 1,
    widthM: 0.1,
    heightM: 0.1,
  });
  return io().writeBinary(doc);
}

/** A scene with a node but no mesh. */
export async function noMesh(): Promise<Uint8Array> {
  const doc = new Document();
  const scene = doc.createScene('Scene');
  doc.getRoot().setDefaultScene(scene);
  scene.addChild(doc.createNode('Empty'));
  return io().writeBinary(doc);
}

/** The card model as a .gltf JSON whose buffer lives on another site. */
export async function externalUri(): Promise<Uint8Array> {
  const doc = new Document();
  addGrid(doc, 'Card', doc.createMaterial('Paper'), { columns: 1, rows: 1, widthM: 0.1, heightM: 0.1 });
  doc.getRoot().listBuffers()[0]!.setURI('https://example.com/card.bin');
  const { json } = await io().writeJSON(doc);
  return new TextEncoder().encode(JSON.stringify(json));
}

/** The card model as a .gltf with its .bin and a texture, in one .zip (folder "card/"). */
export async function zippedGltf(options: { escape?: boolean } = {}): Promise<Uint8Array> {
  const doc = new Document();
  const pixels = Buffer.alloc(64 * 32 * 3, 0).map((_, i) => (i * 7) % 256);
  const png = await sharp(pixels, { raw: { width: 64, height: 32, channels: 3 } })
    .png()
    .toBuffer();
  const texture = doc
    .createTexture('Label')
    .setImage(new Uint8Array(png))
    .setMimeType('image/png')
    .setURI('label.png');
  addGrid(doc, 'Card', doc.createMaterial('Paper').setBaseColorTexture(texture), {
    columns: 4,
    rows: 2,
    widthM: 0.2,
    heightM: 0.1,
  });
  doc.getRoot().listBuffers()[0]!.setURI('card.bin');
  const { json, resources } = await io().writeJSON(doc);
  if (options.escape) json.buffers![0]!.uri = '../card.bin';
  return zipSync({
    'card/card.gltf': new TextEncoder().encode(JSON.stringify(json)),
    ...Object.fromEntries(Object.entries(resources).map(([uri, bytes]) => [`card/${uri}`, bytes])),
  });
}

/** The first bytes of a GLB with its version set to 1 (glTF 1.0's binary). */
export async function gltfVersion1(): Promise<Uint8Array> {
  const glb = await cardModel();
  new DataView(glb.buffer, glb.byteOffset).setUint32(4, 1, true);
  return glb;
}

/** The card model cut off half way. */
export async function truncated(): Promise<Uint8Array> {
  const glb = await cardModel();
  return glb.slice(0, Math.floor(glb.byteLength / 2));
}

/** The card model with its magic bytes damaged. */
export async function wrongMagic(): Promise<Uint8Array> {
  const glb = (await cardModel()).slice();
  glb.set([0x67, 0x6c, 0x54, 0x58], 0); // "glTX"
  return glb;
}

/** Just over 50 MB, starting like a GLB. */
export function overSizeLimit(): Uint8Array {
  const bytes = new Uint8Array(50 * 1024 * 1024 + 1);
  bytes.set([0x67, 0x6c, 0x54, 0x46, 2, 0, 0, 0], 0);
  return bytes;
}
