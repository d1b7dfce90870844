'use client';
// The live 3D preview of a product. Load it with next/dynamic and ssr: false: it needs WebGL.
import { Suspense, useCallback, useRef } from 'react';
import type { ZoneElement } from '@/lib/render/zone-svg';
import type { Template } from '@/lib/templates/schema';
import { ProductView } from './product-view';
import { idleSharpening, SceneCanvas } from './scene-canvas';
import { SceneStats } from './scene-stats';
import { SharpWhenIdle } from './sharp-when-idle';

export type ProductSceneProps = {
  template: Template;
  /** The size: garments change proportions with it. */
  variantId: string;
  /** Option id -> choice id; each chosen swatch dresses the option's part. */
  selection: Record<string, string>;
  /** Zone id -> the zone's artwork as lib/render draws it (zoneElements), bottom layer first. */
  zoneArt: Record<string, ZoneElement[]>;
  /** When it changes to a zone id, the camera turns to face that zone. */
  focusZoneId: string | null;
  /** When it increments, the camera goes back to the default view. */
  resetViewSignal: number;
  /** When it changes, the camera moves to the model's named view `id` (a brand's saved views). */
  viewRequest?: { id: string; n: number } | null;
  /** Called once, when the GPU has finished the first frame with the product. */
  onFirstFrame?: () => void;
};

export default function ProductScene({ onFirstFrame, ...view }: ProductSceneProps) {
  const mounted = useRef(false);
  const onMounted = useCallback(() => void (mounted.current = true), []);
  const drawn = useCallback(() => mounted.current, []);
  const firstFrame = useRef(false);
  const shown = useCallback(() => firstFrame.current, []);
  const onShown = useCallback(() => {
    firstFrame.current = true;
    onFirstFrame?.();
  }, [onFirstFrame]);
  const sharpening = idleSharpening();

  return (
    <SceneCanvas label={`3D preview of ${view.template.name}`}>
      <Suspense fallback={null}>
        <ProductView {...view} onMounted={onMounted} />
      </Suspense>
      <SceneStats drawn={drawn} onFirstFrame={onShown} />
      {sharpening && <SharpWhenIdle {...sharpening} ready={shown} />}
    </SceneCanvas>
  );
}
