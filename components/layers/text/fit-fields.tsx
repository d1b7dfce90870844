'use client';
import { useId } from 'react';
import { NumberField } from '@/components/configurator/number-field';
import type { TextLayerLayout } from '@/lib/layers/text/layout';
import type { TextLayer } from '@/lib/layers/text/schema';
import type { Zone } from '@/lib/templates/schema';
import { formatMm } from '@/lib/units';
import s from '@/components/configurator/configurator.module.css';

type Props = {
  zone: Zone;
  layer: TextLayer;
  update: (patch: Partial<TextLayer>, gesture?: string) => void;
  /** The layout as drawn, once the font has loaded. */
  layout: TextLayerLayout | undefined;
};

/** The size a new fit box starts at: the text's own box, and the zone's smallest letters. */
function startFit(zone: Zone, layer: TextLayer, size?: { widthMm: number; heightMm: number }) {
  const minSizeMm = Math.max(0.5, Math.round(((zone.limits.minTextHeightMm ?? 1.4) / 0.7) * 10) / 10);
  const widthMm = Math.max(1, Math.round(size?.widthMm ?? zone.rect.widthMm / 2));
  const heightMm = Math.max(1, Math.round(size?.heightMm ?? layer.sizeMm * 1.5));
  return { widthMm, heightMm, minSizeMm };
}

/** Shrink to fit a box: its size, the smallest size, and whether the text fits. */
export function FitFields({ zone, layer, update, layout }: Props) {
  const fitStatus = useId();
  return (
    <fieldset style={{ marginTop: '0.75rem' }} aria-describedby={layer.fit ? fitStatus : undefined}>
      <legend>Fit</legend>
      <label className={s.chipPlain}>
        <input
          type="checkbox"
          checked={Boolean(layer.fit)}
          onChange={(e) => update({ fit: e.target.checked ? startFit(zone, layer, layout) : null })}
        />
        Shrink to fit a box
      </label>
      {layer.fit && (
        <>
          <div className={s.grid2}>
            <NumberField
              label="Box width (mm)"
              value={layer.fit.widthMm}
              min={1}
              max={2000}
              step={1}
              onChange={(widthMm) =>
                layer.fit && update({ fit: { ...layer.fit, widthMm } }, `fit:${layer.id}`)
              }
            />
            <NumberField
              label="Box height (mm)"
              value={layer.fit.heightMm}
              min={1}
              max={2000}
              step={1}
              onChange={(heightMm) =>
                layer.fit && update({ fit: { ...layer.fit, heightMm } }, `fit:${layer.id}`)
              }
            />
            <NumberField
              label="Smallest size (mm)"
              value={layer.fit.minSizeMm}
              min={0.5}
              max={500}
              step={0.5}
              onChange={(minSizeMm) =>
                layer.fit && update({ fit: { ...layer.fit, minSizeMm } }, `fit:${layer.id}`)
              }
            />
          </div>
          {layout && (
            <p id={fitStatus} className={layout.fits ? s.delta : s.error}>
              {!layout.fits
                ? `Does not fit, even at the smallest size (${formatMm(layout.sizeMm)}).`
                : layout.sizeMm < layer.sizeMm
                  ? `Shrunk to ${formatMm(layout.sizeMm)} to fit.`
                  : 'Fits at its full size.'}
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}
