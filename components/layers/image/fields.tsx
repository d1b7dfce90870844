'use client';
import type { ImageLayer } from '@/lib/design/schema';
import { effectiveWidthPx } from '@/lib/layers/image/checks';
import type { Zone } from '@/lib/templates/schema';
import { useRenderContext } from '@/components/configurator/render-context';
import s from '@/components/configurator/configurator.module.css';
import { CropFields } from './crop-fields';
import { LookFields } from './look-fields';
import { useLayerUpdate, RotationField, WidthField } from '@/components/layers/shared-fields';

/** Printed width and rotation of an image layer, with its effective resolution, and its image tools. */
export function ImageLayerFields({ zone, layer }: { zone: Zone; layer: ImageLayer }) {
  const update = useLayerUpdate(zone, layer);
  const info = useRenderContext().ctx?.images[layer.uploadId];
  // The pixels left after the crop are what prints across the width.
  const widthPx = info ? effectiveWidthPx(layer, info) : undefined;
  const dpi = widthPx ? Math.round(widthPx / (layer.widthMm / 25.4)) : undefined;
  return (
    <div>
      {info && (
        <p className={s.delta}>
          {info.widthPx} × {info.heightPx} px
          {widthPx !== info.widthPx ? ` (${widthPx} px across after the crop)` : ''}, {dpi} dpi at this size (
          {zone.minImageDpi} dpi recommended)
        </p>
      )}
      <div className={s.grid2}>
        <WidthField layer={layer} update={update} />
        <RotationField layer={layer} update={update} />
      </div>
      <CropFields layer={layer} info={info} update={update} />
      <LookFields zone={zone} layer={layer} update={update} />
    </div>
  );
}
