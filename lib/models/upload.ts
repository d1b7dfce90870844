// What the studio knows about a brand's uploaded 3D model: the limits an upload must keep, and
// the inspection the server answers with (meshes, materials, UV islands, real size). Pure
// types and numbers, shared by the server that checks a model and the studio that shows it.
import { z } from 'zod';

/** The largest upload: a .glb, or a .gltf with its files as one .zip. */
export const MAX_MODEL_BYTES = 50 * 1024 * 1024;
/** More triangles than this will not stay smooth on a shopper's phone. */
export const MAX_MODEL_TRIANGLES = 300_000;
/** A texture wider or higher than this is refused. */
export const MAX_TEXTURE_PX = 4096;
/** Textures are stored at most this wide and high. */
export const STORED_TEXTURE_PX = 2048;

/** One message of the Khronos glTF validator, with where in the file it points. */
export type ValidatorMessage = {
  code: string;
  message: string;
  /** 0 error, 1 warning, 2 information, 3 hint. */
  severity: number;
  /** A JSON pointer into the glTF ("/meshes/0/primitives/0"), or a byte offset in a GLB. */
  pointer?: string;
  offset?: number;
};

/** A connected piece of a mesh's UV layout: its bounding rectangle and its outline (segments u0 v0 u1 v1 ...). */
export type UvIsland = {
  rect: { u0: number; v0: number; u1: number; v1: number };
  triangles: number;
  outline: number[];
};

export type ModelMesh = {
  name: string;
  triangles: number;
  materials: string[];
  hasUvs: boolean;
  /** Its UV layout (TEXCOORD_0), biggest islands first; empty without UVs. */
  islands: UvIsland[];
  /** Whether an outline was cut short (very detailed layouts). */
  outlineTruncated: boolean;
};

export type ModelMaterial = {
  name: string;
  baseColorHex: string;
  metalness: number;
  roughness: number;
  hasTexture: boolean;
};

/** What the server found in an accepted model. */
export type ModelInspection = {
  /** Content hash of the stored (optimized) GLB: it is served as /api/models/<sha256>.glb. */
  sha256: string;
  fileName: string;
  bytes: { original: number; stored: number };
  triangles: number;
  /** Bounding box size in glTF units (metres, if the model was authored as glTF says). */
  bounds: { x: number; y: number; z: number };
  /** The middle of the bounding box, in glTF units. */
  center: { x: number; y: number; z: number };
  meshes: ModelMesh[];
  materials: ModelMaterial[];
  /** The validator's warnings (errors refuse the model). */
  warnings: ValidatorMessage[];
};

/** Why a model was refused, in words a brand understands, with the validator's messages when it failed. */
export type ModelRefusal = {
  ok: false;
  status: 413 | 415 | 422;
  error: string;
  issues?: ValidatorMessage[];
};

/** A zone to measure: a rectangle on one mesh's UV layout, and what one glTF unit is in mm. */
export const measureZoneSchema = z
  .object({
    mesh: z.string().min(1).max(200),
    uv: z.object({
      u0: z.number().finite(),
      v0: z.number().finite(),
      u1: z.number().finite(),
      v1: z.number().finite(),
    }),
    scaleToMm: z.number().positive().max(1_000_000),
  })
  .strict();
export type MeasureZoneInput = z.infer<typeof measureZoneSchema>;
