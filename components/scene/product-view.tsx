// The product in the scene: its model for the chosen size, dressed in the selected finishes,
// with each zone's artwork on it, the light around it and the camera on it.
import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { Sphere } from 'three';
import { placeRect, surfacesFor } from '@/lib/templates/geometry';
import { CameraRig } from './camera-rig';
import type { ZoneFocus } from './camera-views';
import { MaterialLibrary, swatchesFor, swatchOf } from './materials';
import { buildModel, measurementsFor } from './models/build-model';
import { disposeModel, modelBounds } from './models/types';
import { disposeMaps } from './procedural-textures';
import { Stage } from './stage';
import type { ProductSceneProps } from './product-scene';
import { ZoneArt } from './zone-art';

/** How much darker the inside of a garment looks than its outside. */
const INSIDE_SHADE = 0.4;

export type ProductViewProps = Omit<ProductSceneProps, 'onFirstFrame'> & {
  /** Called once the product's meshes are in the scene. */
  onMounted: () => void;
};

export function ProductView({ template, variantId, selection, zoneArt, focusZoneId, resetViewSignal, onMounted }: ProductViewProps) {
  const invalidate = useThree((s) => s.invalidate);
  const measurements = useMemo(() => measurementsFor(template, variantId), [template, variantId]);
  // A new size rebuilds the geometry; the meshes stay and take the new one.
  const model = useMemo(() => buildModel(template, measurements), [template, measurements]);
  useEffect(() => () => disposeModel(model), [model]);
  const bounds = useMemo(() => modelBounds(model), [model]);

  const library = useMemo(() => new MaterialLibrary(), []);
  // The shared cloth, leather and plastic maps go with the materials.
  useEffect(
    () => () => {
      library.dispose();
      disposeMaps();
    },
    [library],
  );
  const swatches = useMemo(() => swatchesFor(template, selection), [template, selection]);
  useLayoutEffect(() => {
    library.apply(swatches);
    invalidate();
  }, [library, swatches, invalidate]);

  const zones = useMemo(() => {
    const surfaces = surfacesFor(template.geometry, measurements);
    return template.zones.flatMap((zone) => {
      const surface = surfaces.find((s) => s.id === zone.surface);
      const onModel = model.surfaces[zone.surface];
      return surface && onModel ? [{ zone, rect: placeRect(zone.rect, zone.anchor, surface), surface: onModel }] : [];
    });
  }, [template, measurements, model]);

  const focus = useMemo((): ZoneFocus | null => {
    const placed = zones.find((z) => z.zone.id === focusZoneId);
    if (!placed) return null;
    const { rect, surface } = placed;
    const frame = surface.frameAt(rect.xMm + rect.widthMm / 2, rect.yMm + rect.heightMm / 2);
    // A wrap-around zone is never seen whole from one side: frame at most the product.
    const radius = bounds.getBoundingSphere(new Sphere()).radius;
    return { ...frame, sizeMm: Math.min(Math.max(rect.widthMm, rect.heightMm), radius * 1.4) };
  }, [zones, focusZoneId, bounds]);

  useLayoutEffect(() => {
    onMounted();
    invalidate();
  }, [onMounted, invalidate]);

  return (
    <>
      <Stage bounds={bounds} />
      {model.parts.map((p, i) => {
        const shaded = p.geometry.hasAttribute('color');
        return (
          <group key={i}>
            <mesh geometry={p.geometry} material={library.get(p.part, p.tint, false, shaded)} dispose={null} />
            {p.inside && <mesh geometry={p.geometry} material={library.get(p.part, (p.tint ?? 1) * INSIDE_SHADE, true, shaded)} dispose={null} />}
          </group>
        );
      })}
      {zones.map(({ zone, rect, surface }) => (
        <ZoneArt key={zone.id} zone={zone} rect={rect} surface={surface} finish={swatchOf(swatches, surface.part)} svg={zoneArt[zone.id] ?? ''} />
      ))}
      <CameraRig model={model} bounds={bounds} productKey={template.slug} focus={focus} resetViewSignal={resetViewSignal} />
    </>
  );
}
