'use client';
import dynamic from 'next/dynamic';
import { useMemo, useState } from 'react';
import { isSound, previewTemplate, type PreviewFallback } from '@/lib/studio/preview-template';
import { zoneMarks } from '@/lib/studio/zone-marks';
import type { ZoneElement } from '@/lib/render/zone-svg';
import { PreviewSizePicker } from '../sections/preview-size-picker';
import { useDraft } from './draft-context';
import { PreviewChoices } from './preview-choices';
import b from '../studio.module.css';
import s from './editor.module.css';

// The shopper's own scene: the same models built from the same millimetres. Loaded in the
// browser only (WebGL), and mounted once: edits change its props, never remount it.
const ProductScene = dynamic(() => import('@/components/scene/product-scene'), { ssr: false });

/** The draft in 3D, updating as geometry, sizes, options and zones change. */
export function StudioPreview() {
  const doc = useDraft((st) => st.doc);
  // The last geometry and sizes the preview could draw: an invalid moment keeps showing them.
  const [last, setLast] = useState<PreviewFallback | null>(null);
  const template = useMemo(() => previewTemplate(doc, last), [doc, last]);
  if (
    template &&
    isSound(template, doc) &&
    (last?.geometry !== template.geometry || last.sizes !== template.sizes)
  ) {
    setLast({ geometry: template.geometry, sizes: template.sizes });
  }
  const variantId = useDraft((st) => st.previewVariantId ?? st.doc.sizes.defaultVariant);
  const picked = useDraft((st) => st.previewSelection);
  const selectedZoneId = useDraft((st) => st.selectedZoneId);
  const [ready, setReady] = useState(false);
  const [reset, setReset] = useState(0);
  // The camera turns to a zone when the brand selects one, not for the zone selected on opening.
  const [initialZone] = useState(selectedZoneId);
  const focusZoneId = selectedZoneId === initialZone ? null : selectedZoneId;

  const selection = useMemo(() => {
    const out: Record<string, string> = {};
    for (const o of template?.options ?? [])
      out[o.id] = o.choices.some((c) => c.id === picked[o.id]) ? picked[o.id]! : o.defaultChoice;
    return out;
  }, [template?.options, picked]);
  const zones = template?.zones;
  const zoneArt = useMemo(() => {
    const art: Record<string, ZoneElement[]> = {};
    for (const z of zones ?? []) art[z.id] = zoneMarks(z.rect, z.id === selectedZoneId);
    return art;
  }, [zones, selectedZoneId]);
  const stale = template !== null && !isSound(template, doc);

  return (
    <>
      <div className={s.stage}>
        {template && (
          <ProductScene
            template={template}
            variantId={variantId}
            selection={selection}
            zoneArt={zoneArt}
            focusZoneId={focusZoneId}
            resetViewSignal={reset}
            onFirstFrame={() => setReady(true)}
          />
        )}
        {!template ? (
          <p className={s.stageNote}>Fix the geometry to see the product</p>
        ) : !ready ? (
          <p className={s.stageNote}>Loading 3D preview…</p>
        ) : stale ? (
          <p className={s.stageNote}>Showing the last shape that could be drawn</p>
        ) : null}
      </div>
      <div className={s.row}>
        <button type="button" className={b.small} onClick={() => setReset((n) => n + 1)}>
          Reset view
        </button>
        <span className={b.muted}>
          Zones are tinted on the model (selected in blue); shoppers never see these marks.
        </span>
      </div>
      <div className={s.previewControls}>
        <PreviewSizePicker label="Preview size" />
        <PreviewChoices options={template?.options ?? []} selection={selection} />
      </div>
    </>
  );
}
