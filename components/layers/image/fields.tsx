'use client';
import type { ImageLayer } from '@/lib/design/schema';
import type { Zone } from '@/lib/templates/schema';
import { useEditor } from '@/components/configurator/editor-context';
import { NumberField } from '@/components/configurator/number-field';
import { useRenderContext } from '@/components/configurator/render-context';
import s from '@/components/configurator/configurator.module.css';

/** Printed width and rotation of an image layer, with its effective resolution. */
export function ImageLayerFields({ zone, layer }: { zone: Zone; layer: ImageLayer }) {
  const updateLayer = useEditor((st) => st.updateLayer);
  const info = useRenderContext().ctx?.images[layer.uploadId];
  const dpi = info ? Math.round(info.widthPx / (layer.widthMm / 25.4)) : undefined;
  return (
    <div>
      {info && (
        <p className={s.delta}>
          {info.widthPx} × {info.heightPx} px, {dpi} dpi at this size ({zone.minImageDpi} dpi recommended)
        </p>
      )}
      <div className={s.grid2}>
        <NumberField
          label="Width (mm)"
          value={layer.widthMm}
          min={1}
          max={2000}
          step={1}
          onChange={(widthMm) => updateLayer(zone.id, layer.id, { widthMm }, `width:${layer.id}`)}
        />
        <NumberField
          label="Rotation (°)"
          value={layer.rotationDeg}
          min={-360}
          max={360}
          step={1}
          onChange={(rotationDeg) => updateLayer(zone.id, layer.id, { rotationDeg }, `rotate:${layer.id}`)}
        />
      </div>
    </div>
  );
}
