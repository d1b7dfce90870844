'use client';
import { ColourChoice } from '@/components/layers/colour-choice';
import { NumberField } from '@/components/configurator/number-field';
import { useRenderContext } from '@/components/configurator/render-context';
import { layoutTextLayer } from '@/lib/layers/text/layout';
import { FitFields } from './fit-fields';
import type { TextLayer } from '@/lib/layers/text/schema';
import type { Zone } from '@/lib/templates/schema';
import s from '@/components/configurator/configurator.module.css';

type Props = { zone: Zone; layer: TextLayer; update: (patch: Partial<TextLayer>, gesture?: string) => void };

/** Outline, text on a circle and shrink-to-fit (fit-fields.tsx) of one text layer. */
export function TextToolkitFields({ zone, layer, update }: Props) {
  const { ctx } = useRenderContext();
  const font = ctx?.fonts.font(layer.fontId);
  const layout = font ? layoutTextLayer(layer, font) : undefined;
  const stroke = layer.strokeColourId ?? null;
  return (
    <div>
      <ColourChoice
        legend="Outline"
        name={`outline-${layer.id}`}
        value={stroke}
        zone={zone}
        onChange={(strokeColourId) =>
          update({
            strokeColourId,
            strokeWidthMm: strokeColourId && !layer.strokeWidthMm ? 0.5 : layer.strokeWidthMm,
          })
        }
      />
      {stroke && (
        <NumberField
          label="Outline width (mm)"
          value={layer.strokeWidthMm ?? 0}
          min={0}
          max={20}
          step={0.1}
          onChange={(strokeWidthMm) => update({ strokeWidthMm }, `outline:${layer.id}`)}
        />
      )}

      <fieldset style={{ marginTop: '0.75rem' }}>
        <legend>Shape of the line</legend>
        <label className={s.chipPlain}>
          <input
            type="checkbox"
            checked={Boolean(layer.arc)}
            onChange={(e) =>
              update({
                arc: e.target.checked
                  ? { radiusMm: Math.round(Math.max(20, (layout?.widthMm ?? 40) / 2)), direction: 'up' }
                  : null,
              })
            }
          />
          Text on a circle
        </label>
        {layer.arc && (
          <div className={s.grid2}>
            <NumberField
              label="Circle radius (mm)"
              value={layer.arc.radiusMm}
              min={5}
              max={2000}
              step={1}
              onChange={(radiusMm) =>
                layer.arc && update({ arc: { ...layer.arc, radiusMm } }, `arc:${layer.id}`)
              }
            />
            <div className={s.chips} role="radiogroup" aria-label="Reading">
              {(['up', 'down'] as const).map((direction) => (
                <label key={direction} className={s.chipPlain}>
                  <input
                    type="radio"
                    name={`arc-${layer.id}`}
                    checked={layer.arc?.direction === direction}
                    onChange={() => layer.arc && update({ arc: { ...layer.arc, direction } })}
                  />
                  {direction === 'up' ? 'Over the top' : 'Along the bottom'}
                </label>
              ))}
            </div>
          </div>
        )}
      </fieldset>

      <FitFields zone={zone} layer={layer} update={update} layout={layout} />
    </div>
  );
}
