// What the scene needs from a product model, whatever built it: today the procedural builders
// in this folder, later perhaps a brand-supplied GLB. Everything is in millimetres.
import { Box3, type BufferGeometry, type Vector3 } from 'three';
import type { Rect } from '@/lib/templates/geometry';
import type { Swatch } from '../materials';

/** One mesh of the product, dressed by the material of a template part ('case', 'fabric', ...). */
export type ModelPart = {
  part: string;
  geometry: BufferGeometry;
  /** Multiplies the part's colour, for seams and shadowed folds in the same cloth. */
  tint?: number;
  /**
   * Garment panels are seen from inside through the neck, waist and leg openings: their
   * back faces are drawn too, in the shade the inside of a garment is in.
   */
  inside?: boolean;
};

/** A point on a surface and the outward normal there, in scene space. */
export type SurfaceFrame = { point: Vector3; normal: Vector3 };

/** A flat surface from surfacesFor(), as it lies on the 3D model. */
export type ModelSurface = {
  /** The part the artwork is printed on; the print takes on its finish. */
  part: string;
  /**
   * A mesh covering `rect` (mm, origin at the surface's top-left, y down) exactly, with
   * uv (0,0) at the rect's bottom-left and (1,1) at its top-right.
   */
  artGeometry(rect: Rect): BufferGeometry;
  /** Where a surface position (mm) lies in the scene, and which way it faces. */
  frameAt(xMm: number, yMm: number): SurfaceFrame;
};

/** A product ready to draw: its meshes, its printable surfaces and how to look at it. */
export type ProductModel = {
  parts: ModelPart[];
  surfaces: Record<string, ModelSurface>;
  /** Direction from the product's centre toward the camera in the default view. */
  viewDirection: Vector3;
  /** Orbit limits on the polar angle (0 = from above, PI = from below). */
  polarRange: [number, number];
  /**
   * Finishes of parts that come with the model itself (a brand's GLB materials), for the parts
   * no option dresses; options and the kind's fixed swatches go over them.
   */
  ownSwatches?: Readonly<Record<string, Swatch>>;
  /** Named camera views (a model kind's saved views), by id, in scene mm. */
  views?: Readonly<Record<string, { position: Vector3; target: Vector3; fovDeg: number }>>;
};

/** Frees the GPU-side copies of a model's geometries. */
export function disposeModel(model: ProductModel): void {
  for (const { geometry } of model.parts) geometry.dispose();
}

/** The box around all of a model's meshes. */
export function modelBounds(model: ProductModel): Box3 {
  const box = new Box3();
  for (const { geometry } of model.parts) {
    geometry.computeBoundingBox();
    if (geometry.boundingBox) box.union(geometry.boundingBox);
  }
  return box;
}
