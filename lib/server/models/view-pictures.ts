import 'server-only';
import sharp from 'sharp';
import { materialColours, namedMeshes, type NamedMesh } from '../../kinds/model/gltf-meshes';
import type { ModelGeometry } from '../../kinds/model/schema';
import { zoneOnModel } from '../../kinds/model/spec-facts';
import { burnColour } from '../../render/engrave-image';
import { rasterizeMeshes, type RasterDecal, type RasterMesh, type Rgb } from '../../render/rasterize-mesh';
import type { Template } from '../../templates/schema';
import type { Selection } from '../../templates/selection';
import type { LineSource, ProductViewPicture, ZoneTexture } from '../../spec/types';
import { svgPipeline } from '../production/svg-raster';
import { storedModelBytes } from './index';
import { readStoredModel } from './io';

// The production sheet's pictures of a product made from a brand's model: the stored,
// optimized GLB drawn from each view the brand saved, by the software rasteriser (there is no
// GPU on a server), in the order's colours, with each zone's artwork laid on the mesh through
// the zone's UV rectangle and its trim outlined.

const PICTURE = { widthPx: 720, heightPx: 540, supersample: 2 };
const BACKGROUND: Rgb = [248, 248, 248];
const TRIM: Rgb = [220, 38, 38];

type Parsed = { meshes: NamedMesh[]; colours: Record<string, string> };

// Parsed models by sha256 (their bytes never change): a maker clicking through an order's
// lines reads each model once.
const parsed = new Map<string, Promise<Parsed | null>>();
const KEEP = 4;

function parsedModel(sha256: string): Promise<Parsed | null> {
  let found = parsed.get(sha256);
  if (!found) {
    found = storedModelBytes(sha256).then(async (bytes) => {
      if (!bytes) return null;
      const doc = await readStoredModel(bytes);
      return { meshes: namedMeshes(doc), colours: materialColours(doc) };
    });
    parsed.set(sha256, found);
    // A model missing now may be stored later: only what was read is kept.
    void found.then(
      (p) => p ?? parsed.delete(sha256),
      () => parsed.delete(sha256),
    );
    if (parsed.size > KEEP) parsed.delete(parsed.keys().next().value!);
  }
  return found;
}

const rgbOf = (hex: string): Rgb => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];

/** The colour the order gives a material: its option's chosen swatch, else the model's own. */
function materialHex(
  template: Template,
  selection: Selection,
  material: string,
  own: string | undefined,
): string {
  const option =
    template.options.find((o) => o.part === material && o.kind === 'colour') ??
    template.options.find((o) => o.part === material);
  const choice =
    option &&
    (option.choices.find((c) => c.id === (selection[option.id] ?? option.defaultChoice)) ??
      option.choices[0]);
  return choice?.swatch.hex ?? own ?? '#bdbdbd';
}

async function decalOf(
  g: ModelGeometry,
  texture: ZoneTexture,
): Promise<{ mesh: string; decal: RasterDecal } | null> {
  const onModel = zoneOnModel(g, texture.zone);
  if (!onModel) return null;
  const { widthPx, heightPx } = texture;
  const rgba = await (await svgPipeline(texture.svg, widthPx, heightPx)).ensureAlpha().raw().toBuffer();
  if (rgba.byteLength !== widthPx * heightPx * 4)
    throw new Error(`${texture.zone.name}: artwork drawn at the wrong size`);
  // A laser's marks show as the preview shows them: in the finish the burn gives (the zone's colour).
  if (texture.zone.method === 'engrave') {
    const [r, g, b] = rgbOf(burnColour(texture.zone));
    for (let at = 0; at < rgba.byteLength; at += 4) rgba.set([r, g, b], at);
  }
  return {
    mesh: onModel.mesh,
    decal: { uv: onModel.uv, texture: { widthPx, heightPx, rgba: new Uint8Array(rgba) }, outline: TRIM },
  };
}

/** The product from each of the brand's saved views, as JPEGs; none when its model is not stored. */
export async function modelViewPictures(
  g: ModelGeometry,
  source: LineSource,
  zones: ZoneTexture[],
): Promise<ProductViewPicture[]> {
  if (g.views.length === 0) return [];
  const model = await parsedModel(g.model.sha256);
  if (!model) return [];
  const decals = (await Promise.all(zones.map((z) => decalOf(g, z)))).filter((d) => d !== null);
  const meshes: RasterMesh[] = model.meshes.map((m) => ({
    positions: Float64Array.from(m.positions, (x) => x * g.scaleToMm),
    normals: m.normals,
    uvs: m.uvs,
    indices: m.indices,
    colour: rgbOf(
      materialHex(source.template, source.design.selection, m.material, model.colours[m.material]),
    ),
    decals: decals.filter((d) => d.mesh === m.mesh).map((d) => d.decal),
  }));
  const pictures: ProductViewPicture[] = [];
  for (const view of g.views) {
    const rgb = rasterizeMeshes(
      meshes,
      { positionMm: view.positionMm, targetMm: view.targetMm, fovDeg: view.fovDeg },
      { ...PICTURE, background: BACKGROUND },
    );
    const jpeg = await sharp(rgb, { raw: { width: PICTURE.widthPx, height: PICTURE.heightPx, channels: 3 } })
      .jpeg({ quality: 90, chromaSubsampling: '4:4:4' })
      .toBuffer();
    pictures.push({
      label: view.label,
      jpeg: new Uint8Array(jpeg),
      widthPx: PICTURE.widthPx,
      heightPx: PICTURE.heightPx,
    });
  }
  return pictures;
}
