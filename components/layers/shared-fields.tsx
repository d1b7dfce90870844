'use client';
// Field pieces every layer kind's editor shares: the update bound to its layer, the width and
// rotation fields and the zone's font list. Each kind's fields.tsx keeps only what is its own.
import { useId } from 'react';
import { NumberField } from '@/components/configurator/number-field';
import { useEditor } from '@/components/configurator/editor-context';
import type { Layer } from '@/lib/design/schema';
import type { Zone } from '@/lib/templates/schema';
import { useFontLabel } from './use-font-label';
import s from '@/components/configurator/configurator.module.css';

/** Updates this layer (a patch of its own kind's fields); one gesture id merges into one undo step. */
export type LayerUpdate<L extends Layer> = (patch: Partial<L>, gesture?: string) => void;

export function useLayerUpdate<L extends Layer>(zone: Zone, layer: L): LayerUpdate<L> {
  const updateLayer = useEditor((st) => st.updateLayer);
  return (patch, gesture) => updateLayer(zone.id, layer.id, patch, gesture);
}

/** "Rotation (°)", -360 to 360, a drag of the value one undo step. */
export function RotationField<L extends Layer>({ layer, update }: { layer: L; update: LayerUpdate<L> }) {
  return (
    <NumberField
      label="Rotation (°)"
      value={layer.rotationDeg}
      min={-360}
      max={360}
      step={1}
      onChange={(rotationDeg) => update({ rotationDeg } as Partial<L>, `rotate:${layer.id}`)}
    />
  );
}

/** "Width (mm)" (or another label), 1 to 2000 mm, a drag of the value one undo step. */
export function WidthField<L extends Layer & { widthMm: number }>({
  layer,
  update,
  label = 'Width (mm)',
}: {
  layer: L;
  update: LayerUpdate<L>;
  label?: string;
}) {
  return (
    <NumberField
      label={label}
      value={layer.widthMm}
      min={1}
      max={2000}
      step={1}
      onChange={(widthMm) => update({ widthMm } as Partial<L>, `width:${layer.id}`)}
    />
  );
}

/** "Font": the fonts the zone offers, shipped ones by family, brand ones by their own name. */
export function ZoneFontSelect({
  zone,
  value,
  onChange,
}: {
  zone: Zone;
  value: string;
  onChange: (fontId: string) => void;
}) {
  const id = useId();
  const fontLabel = useFontLabel();
  return (
    <div className={s.field}>
      <label htmlFor={id}>Font</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {zone.fonts.map((fontId) => (
          <option key={fontId} value={fontId}>
            {fontLabel(fontId)}
          </option>
        ))}
      </select>
    </div>
  );
}
