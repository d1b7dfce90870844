// The product in the scene: its model for the chosen size, dressed in the selected finishes,
// with each zone's artwork on it, the light around it and the camera on it.
import { useThree } from '@react-three/fiber';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Sphere, type Group } from 'three';
import type { ZoneElement } from '@/lib/render/zone-svg';
import { placeRect, surfacesFor } from '@/lib/templates/geometry';
import { CameraRig } from './camera-rig';
import type { ZoneFocus } from './camera-views';
import { MaterialLibrary, swatchesFor, swatchOf, withOwnSwatches } from './materials';
import { measurementsFor } from './models/build-model';
import { disposeMaps, loadMaps, mapsLoaded } from './surface-maps';
import { Stage } from './stage';
import type { ProductSceneProps } from './product-scene';
import { useProductModel, type BuiltModel } from './use-product-model';
import { warmUpShaders } from './warm-up-shaders';
import { ZoneArt } from './zone-art';

const NO_ELEMENTS: ZoneElement[] = [];

/** How much darker the inside of a garment looks than its outside. */
const INSIDE_SHADE = 0.4;

export type ProductViewProps = Omit<ProductSceneProps, 'onFirstFrame'> & {
  /** Called once the product is in the scene, ready to be drawn. */
  onMounted: () => void;
};

export function ProductView({ template, variantId, selection, onMounted, ...rest }: ProductViewProps) {
  const measurements = useMemo(() => measurementsFor(template, variantId), [template, variantId]);
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
  const textureKindOf = useCallback((part: string) => swatchOf(swatches, part).texture, [swatches]);
  const built = useProductModel(template.geometry, measurements, textureKindOf);
  if (!built) return null;
  return (
    <DressedProduct
      {...rest}
      template={template}
      measurements={measurements}
      built={built}
      library={library}
      swatches={swatches}
      onMounted={onMounted}
    />
  );
}

type DressedProps = Omit<ProductViewProps, 'variantId' | 'selection'> & {
  measurements: Record<string, number>;
  built: BuiltModel;
  library: MaterialLibrary;
  swatches: ReturnType<typeof swatchesFor>;
};

function DressedProduct({
  template,
  measurements,
  built,
  library,
  swatches: chosen,
  zoneArt,
  focusZoneId,
  resetViewSignal,
  viewRequest,
  onMounted,
}: DressedProps) {
  const { gl, scene, camera, invalidate } = useThree();
  const { model, insides, bounds } = built;
  // A brand's model dresses the materials no option names in their own finish.
  const swatches = useMemo(() => withOwnSwatches(chosen, model.ownSwatches), [chosen, model]);

  useLayoutEffect(() => {
    library.apply(swatches);
    invalidate();
    // A finish whose maps are not loaded yet shows smooth until they arrive.
    const missing = [...new Set(model.parts.map((p) => swatchOf(swatches, p.part).texture))].filter(
      (k) => !mapsLoaded(k),
    );
    if (missing.length === 0) return;
    let current = true;
    void Promise.all(missing.map(loadMaps)).then(() => {
      if (!current) return;
      library.apply(swatches);
      invalidate();
    });
    return () => {
      current = false;
    };
  }, [library, swatches, model, invalidate]);

  // Hidden until its shaders are compiled, so that no frame stalls on them.
  const group = useRef<Group>(null);
  const [ready, setReady] = useState(false);
  useLayoutEffect(() => {
    if (ready || !group.current) return;
    let cancelled = false;
    void warmUpShaders(gl, group.current, camera, scene).then(() => !cancelled && setReady(true));
    return () => {
      cancelled = true;
    };
  }, [ready, gl, camera, scene]);
  useLayoutEffect(() => {
    if (!ready) return;
    onMounted();
    invalidate();
  }, [ready, onMounted, invalidate]);

  const zones = useMemo(() => {
    const surfaces = surfacesFor(template.geometry, measurements);
    return template.zones.flatMap((zone) => {
      const surface = surfaces.find((s) => s.id === zone.surface);
      const onModel = model.surfaces[zone.surface];
      return surface && onModel
        ? [{ zone, rect: placeRect(zone.rect, zone.anchor, surface), surface: onModel }]
        : [];
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

  return (
    <>
      <Stage bounds={bounds} productShown={ready} />
      <group ref={group} visible={ready}>
        {model.parts.map((p, i) => {
          const shaded = p.geometry.hasAttribute('color');
          const inside = insides[i];
          return (
            <group key={i}>
              <mesh
                geometry={p.geometry}
                material={library.get(p.part, p.tint, false, shaded)}
                dispose={null}
              />
              {inside && (
                <mesh
                  geometry={inside}
                  material={library.get(p.part, (p.tint ?? 1) * INSIDE_SHADE, true, shaded)}
                  dispose={null}
                />
              )}
            </group>
          );
        })}
      </group>
      {/* The artwork joins once the product shows: its texture and shader are not on the first frame's path. */}
      {ready &&
        zones.map(({ zone, rect, surface }) => (
          <ZoneArt
            key={zone.id}
            zone={zone}
            rect={rect}
            surface={surface}
            finish={swatchOf(swatches, surface.part)}
            elements={zoneArt[zone.id] ?? NO_ELEMENTS}
          />
        ))}
      <CameraRig
        model={model}
        bounds={bounds}
        productKey={template.slug}
        focus={focus}
        resetViewSignal={resetViewSignal}
        viewRequest={viewRequest ?? null}
      />
    </>
  );
}
