// One zone's artwork lying on the product: a mesh that covers the zone's trim exactly, and
// a texture created once for the zone and repainted in place when the artwork changes.
import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { MeshPhysicalMaterial, type Mesh } from 'three';
import type { ZoneElement } from '@/lib/render/zone-svg';
import type { Rect } from '@/lib/templates/geometry';
import type { Zone } from '@/lib/templates/schema';
import { applySwatch, type Swatch } from './materials';
import type { ModelSurface } from './models/types';
import { markTextureChanged } from './scene-stats';
import { createZoneCanvas, disposeZoneCanvas, paintArt } from './zone-canvas';

type Props = {
  zone: Zone;
  /** The zone's trim rectangle placed on the surface of the current size. */
  rect: Rect;
  surface: ModelSurface;
  /** The finish of the part the zone is printed on. */
  finish: Swatch;
  /** The zone's artwork (lib/render's zoneElements). */
  elements: ZoneElement[];
};

export function ZoneArt({ zone, rect, surface, finish, elements }: Props) {
  const invalidate = useThree((s) => s.invalidate);
  const anisotropy = useThree((s) => s.gl.capabilities.getMaxAnisotropy());
  const { widthMm, heightMm } = zone.rect;
  const { bleedMm } = zone;
  const art = useMemo(
    () => createZoneCanvas({ rect: { xMm: 0, yMm: 0, widthMm, heightMm }, bleedMm }, Math.min(8, anisotropy)),
    [widthMm, heightMm, bleedMm, anisotropy],
  );
  useEffect(() => () => disposeZoneCanvas(art), [art]);

  const material = useMemo(
    () =>
      new MeshPhysicalMaterial({
        transparent: true,
        depthWrite: false,
        // Drawn over the surface it lies on without fighting it for depth.
        polygonOffset: true,
        polygonOffsetFactor: -1,
        polygonOffsetUnits: -2,
      }),
    [],
  );
  useEffect(() => () => material.dispose(), [material]);
  const geometry = useMemo(() => surface.artGeometry(rect), [surface, rect]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useLayoutEffect(() => {
    // Prints on cloth take the cloth's shading toward the seams (its vertex colours).
    applySwatch(material, finish, 1, art.texture, geometry.hasAttribute('color'));
    invalidate();
  }, [material, finish, art, geometry, invalidate]);

  const mesh = useRef<Mesh>(null);
  // Painted in the same task as the edit that changed it, so the page and the preview show
  // a keystroke in the same frame. (Images decode once, off the main thread, then repaint.)
  useLayoutEffect(() => {
    let current = true;
    const draw = () => {
      if (!current) return;
      paintArt(art, zone, elements, draw, invalidate);
      if (mesh.current) mesh.current.visible = elements.length > 0;
      markTextureChanged();
      invalidate();
    };
    draw();
    return () => {
      current = false;
    };
  }, [elements, art, zone, invalidate]);

  return (
    <mesh ref={mesh} geometry={geometry} material={material} renderOrder={1} dispose={null} visible={false} />
  );
}
