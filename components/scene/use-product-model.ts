// The product's model for the chosen size, built a piece per task: the geometry, then (once
// the maps its parts' finishes use are loaded) the insides. On a slow machine the whole takes a few
// hundred ms, and in one piece it would block the panels that long. The previous model stays
// on screen until the next one is ready, and is freed once it is replaced.
import { useEffect, useRef, useState } from 'react';
import type { Box3, BufferGeometry } from 'three';
import type { Geometry } from '@/lib/kinds/kind';
import { backFaces } from './models/back-faces';
import { buildModel } from './models/build-model';
import { shareVertexColours } from './models/shared-attributes';
import { disposeModel, modelBounds, type ProductModel } from './models/types';
import { nextTask } from './next-task';
import { loadMaps, type TextureKind } from './surface-maps';

export type BuiltModel = {
  model: ProductModel;
  /** Per part: its back faces as a mesh of their own (garment insides), or null. */
  insides: Array<BufferGeometry | null>;
  bounds: Box3;
};

function dispose(built: BuiltModel): void {
  disposeModel(built.model);
  for (const g of built.insides) g?.dispose();
}

/**
 * Builds the model of `geometry` with `measurements` and prepares the maps of its parts'
 * current finishes (`textureKindOf(part)`); null until the first model is ready.
 */
export function useProductModel(
  // The geometry, not the template: the studio changes zones, options and prices with every
  // edit, and none of those may rebuild the model.
  geometry: Geometry,
  measurements: Record<string, number>,
  textureKindOf: (part: string) => TextureKind,
): BuiltModel | null {
  const [built, setBuilt] = useState<BuiltModel | null>(null);
  // Finishes change without the shape changing: read them without rebuilding for them.
  const finishOf = useRef(textureKindOf);
  useEffect(() => {
    finishOf.current = textureKindOf;
  }, [textureKindOf]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      await nextTask();
      if (cancelled) return;
      // A procedural kind builds at once; a kind with a model file loads it.
      const model = await buildModel({ geometry }, measurements);
      if (cancelled) return disposeModel(model);
      shareVertexColours(model.parts.map((p) => p.geometry));
      // The cloth, leather and plastic maps of the parts this model has (fetched and decoded
      // off the main thread).
      await Promise.all([...new Set(model.parts.map((p) => finishOf.current(p.part)))].map(loadMaps));
      if (cancelled) return disposeModel(model);
      await nextTask();
      if (cancelled) return disposeModel(model);
      setBuilt({
        model,
        insides: model.parts.map((p) => (p.inside ? backFaces(p.geometry) : null)),
        bounds: modelBounds(model),
      });
    })();
    return () => {
      cancelled = true;
    };
  }, [geometry, measurements]);

  useEffect(() => (built ? () => dispose(built) : undefined), [built]);
  return built;
}
