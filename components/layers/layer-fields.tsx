'use client';
// The selected layer's editor fields: each kind's own (components/layers/<kind>/fields.tsx).
import type { Layer } from '@/lib/design/schema';
import { assertNever } from '@/lib/assert-never';
import type { Zone } from '@/lib/templates/schema';
import { ClipartLayerFields } from './clipart/fields';
import { ImageLayerFields } from './image/fields';
import { MonogramLayerFields } from './monogram/fields';
import { ShapeLayerFields } from './shape/fields';
import { TextLayerFields } from './text/fields';

/** The fields of the layer's kind; tsc refuses this switch when a kind is missing. */
export function LayerFields({ zone, layer }: { zone: Zone; layer: Layer }) {
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
