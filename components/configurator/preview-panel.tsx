'use client';
import dynamic from 'next/dynamic';
import { useEffect, useMemo, useState } from 'react';
import { probeWebGl } from '@/components/scene/software-webgl';
import type { Design, Layer } from '@/lib/design/schema';
import { namedViews } from '@/lib/kinds/surfaces';
import { zoneElements, type RenderContext, type ZoneElement } from '@/lib/render/zone-svg';
import type { Template } from '@/lib/templates/schema';
import { ModelLoading } from './model-loading';
import { useRenderContext } from './render-context';
import s from './configurator.module.css';

// three.js is large and never runs on the server. Its download starts as soon as this module
// runs in the browser, beside the rest of the page's JavaScript, instead of waiting for
// hydration to reach the preview; the panels are usable before it arrives. Meanwhile a worker
// finds out whether WebGL runs in software (components/scene/software-webgl.ts), which also
// starts the GPU off the main thread; the scene mounts once both are done.
const loadScene = () =>
  Promise.all([import('@/components/scene/product-scene'), probeWebGl()]).then(([scene]) => scene);
if (typeof window !== 'undefined') void loadScene();
const ProductScene = dynamic(loadScene, { ssr: false });

type Props = {
  template: Template;
  design: Design;
  ctx: RenderContext | null;
  activeZoneId: string | null;
  fallback: string;
};

// Drawn artwork per render context and layer array: a keystroke changes one zone's layers,
// and the other zones keep their arrays, so their artwork is neither laid out nor repainted.
const drawn = new WeakMap<RenderContext, WeakMap<Layer[], ZoneElement[]>>();
const NOTHING: ZoneElement[] = [];

function elementsOf(zone: Template['zones'][number], layers: Layer[], ctx: RenderContext): ZoneElement[] {
  let byLayers = drawn.get(ctx);
  if (!byLayers) drawn.set(ctx, (byLayers = new WeakMap()));
  let elements = byLayers.get(layers);
  if (elements === undefined) byLayers.set(layers, (elements = zoneElements(zone, layers, ctx)));
  return elements;
}

/** Each zone's artwork, laid out by the same renderer the print files use. */
function useZoneArt(
  template: Template,
  design: Design,
  ctx: RenderContext | null,
): Record<string, ZoneElement[]> {
  return useMemo(() => {
    if (!ctx) return {};
    return Object.fromEntries(
      template.zones.map((zone) => {
        const layers = design.zones[zone.id]?.layers;
        return [zone.id, layers?.length ? elementsOf(zone, layers, ctx) : NOTHING];
      }),
    );
  }, [template, design.zones, ctx]);
}

/** The live 3D preview with view controls; the product drawing stands in while three.js loads. */
export function PreviewPanel({ template, design, ctx, activeZoneId, fallback }: Props) {
  const zoneArt = useZoneArt(template, design, ctx);
  const [ready, setReady] = useState(false);
  // Artwork is drawn with the fonts loaded (images too wait for the render context): asked for
  // as soon as a zone has layers (else at the shopper's first click or key, render-context.tsx).
  const { requestFonts } = useRenderContext();
  const hasArtwork = Object.values(design.zones).some((z) => z.layers.length > 0);
  useEffect(() => {
    if (hasArtwork) requestFonts();
  }, [hasArtwork, requestFonts]);
  const [resetSignal, setResetSignal] = useState(0);
  const [focus, setFocus] = useState<string | null>(null);
  const activeZone = template.zones.find((z) => z.id === activeZoneId);
  // A product made from a brand's model offers the camera views the brand saved.
  const views = namedViews(template.geometry);
  const [viewRequest, setViewRequest] = useState<{ id: string; n: number } | null>(null);

  return (
    <>
      <div className={s.stage}>
        {/* The product's drawing, server-rendered in the page's HTML: the page's largest paint
            and the product at once. The 3D view fades in over it when its first frame is drawn. */}
        {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG, nothing to optimize */}
        <img
          className={ready ? `${s.fallback} ${s.fallbackGone}` : s.fallback}
          src={`data:image/svg+xml,${encodeURIComponent(fallback)}`}
          alt=""
          data-product-picture
          fetchPriority="high"
          decoding="sync"
        />
        <ProductScene
          template={template}
          variantId={design.variantId}
          selection={design.selection}
          zoneArt={zoneArt}
          focusZoneId={focus}
          resetViewSignal={resetSignal}
          viewRequest={viewRequest}
          onFirstFrame={() => {
            // Read by the benchmark: when the first frame with the product was drawn.
            performance.mark('onekind:first-frame');
            setReady(true);
          }}
        />
        {!ready && <ModelLoading />}
      </div>
      <div className={s.toolbar}>
        <button
          type="button"
          className={s.button}
          onClick={() => {
            setFocus(null);
            setResetSignal((n) => n + 1);
          }}
        >
          Reset view
        </button>
        {views.map((v) => (
          <button
            key={v.id}
            type="button"
            className={s.button}
            onClick={() => {
              setFocus(null);
              setViewRequest((r) => ({ id: v.id, n: (r?.n ?? 0) + 1 }));
            }}
          >
            {v.label}
          </button>
        ))}
        {activeZone && (
          <button
            type="button"
            className={s.button}
            onClick={() => {
              setFocus(null);
              requestAnimationFrame(() => setFocus(activeZone.id));
            }}
          >
            Show {activeZone.name.toLowerCase()}
          </button>
        )}
      </div>
    </>
  );
}
