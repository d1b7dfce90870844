'use client';
// The selected layer's editor fields: each kind's own (components/layers/<kind>/fields.tsx),
// each a chunk of its own that loads when a layer of that kind is first selected (the server
// renders the fields of a layer selected on arrival, so they show at once), or earlier when the
// shopper first points at or focuses the panels (prefetchLayerFields).
import dynamic from 'next/dynamic';
import type { Layer } from '@/lib/design/schema';
import { isLocked } from '@/lib/design/layer-ops';
import { assertNever } from '@/lib/assert-never';
import type { Zone } from '@/lib/templates/schema';
import s from '@/components/configurator/configurator.module.css';

// next/dynamic wants the import() written in its call (to find the chunk of server-rendered fields).
const TextLayerFields = dynamic(() => import('./text/fields').then((m) => m.TextLayerFields));
const ImageLayerFields = dynamic(() => import('./image/fields').then((m) => m.ImageLayerFields));
const ShapeLayerFields = dynamic(() => import('./shape/fields').then((m) => m.ShapeLayerFields));
const ClipartLayerFields = dynamic(() => import('./clipart/fields').then((m) => m.ClipartLayerFields));
const MonogramLayerFields = dynamic(() => import('./monogram/fields').then((m) => m.MonogramLayerFields));

let prefetched = false;
/** Starts loading every kind's fields (once), so selecting a layer shows them without a wait. */
export function prefetchLayerFields(): void {
  if (prefetched) return;
  prefetched = true;
  void Promise.all([
    import('./text/fields'),
    import('./image/fields'),
    import('./shape/fields'),
    import('./clipart/fields'),
    import('./monogram/fields'),
  ]);
}

/**
 * The fields of the layer's kind, read-only while the layer is locked (a lock keeps a layer as
 * it is: not moved on the canvas or by keys, and not edited in its fields either).
 */
export function LayerFields({ zone, layer }: { zone: Zone; layer: Layer }) {
  const locked = isLocked(layer);
  return (
    <fieldset className={s.lockable} disabled={locked}>
      <legend className={s.srOnly}>Layer settings</legend>
      {locked && <p className={s.delta}>This layer is locked: unlock it (Ctrl+L) to change it.</p>}
      <KindFields zone={zone} layer={layer} />
    </fieldset>
  );
}

/** tsc refuses this switch when a kind is missing. */
function KindFields({ zone, layer }: { zone: Zone; layer: Layer }) {
  switch (layer.kind) {
    case 'text':
      return <TextLayerFields zone={zone} layer={layer} />;
    case 'image':
      return <ImageLayerFields zone={zone} layer={layer} />;
    case 'shape':
      return <ShapeLayerFields zone={zone} layer={layer} />;
    case 'clipart':
      return <ClipartLayerFields zone={zone} layer={layer} />;
    case 'monogram':
      return <MonogramLayerFields zone={zone} layer={layer} />;
    default:
      return assertNever(layer);
  }
}
