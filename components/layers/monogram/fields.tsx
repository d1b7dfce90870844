'use client';
import { useId, useState } from 'react';
import { NumberField } from '@/components/configurator/number-field';
import { useRenderContext } from '@/components/configurator/render-context';
import { ColourChoice } from '@/components/layers/colour-choice';
import { missingCharacters, nameCharacters, withoutMissing } from '@/lib/layers/text/glyphs';
import { zoneMonograms } from '@/lib/layers/monogram/checks';
import { MONOGRAM_LABELS, type MonogramLayout } from '@/lib/layers/monogram/layouts';
import type { MonogramLayer } from '@/lib/layers/monogram/schema';
import type { Zone } from '@/lib/templates/schema';
import s from '@/components/configurator/configurator.module.css';
import { useLayerUpdate, RotationField, ZoneFontSelect } from '@/components/layers/shared-fields';

/** Letters (with the glyph guard), layout, font, size, colour and rotation of one monogram. */
export function MonogramLayerFields({ zone, layer }: { zone: Zone; layer: MonogramLayer }) {
  const font = useRenderContext().ctx?.fonts.font(layer.fontId);
  const [refused, setRefused] = useState<string[]>([]);
  const [lettersId, layoutId, messageId] = [useId(), useId(), useId()];
  const update = useLayerUpdate(zone, layer);
  const setLetters = (typed: string) => {
    // At most three letters, no spaces; what the font cannot draw is left out and named.
    let letters = Array.from(typed.replace(/\s+/g, '')).slice(0, 3).join('');
    if (font) {
      const kept = withoutMissing(letters, font);
      setRefused(kept.removed);
      letters = kept.text;
    }
    if (letters !== '') update({ letters }, `letters:${layer.id}`);
  };
  const present = font ? missingCharacters(layer.letters, font) : [];
  const message =
    present.length > 0
      ? `This font cannot write ${nameCharacters(present)}. Choose another font or other letters.`
      : refused.length > 0
        ? `This font cannot write ${nameCharacters(refused)}, so it was left out.`
        : undefined;
  return (
    <div>
      <div className={s.grid2}>
        <div className={s.field}>
          <label htmlFor={lettersId}>Letters (1 to 3)</label>
          <input
            id={lettersId}
            value={layer.letters}
            maxLength={3}
            autoCapitalize="characters"
            aria-describedby={message ? messageId : undefined}
            onChange={(e) => setLetters(e.target.value)}
          />
        </div>
        <div className={s.field}>
          <label htmlFor={layoutId}>Layout</label>
          <select
            id={layoutId}
            value={layer.layout}
            onChange={(e) => update({ layout: e.target.value as MonogramLayout })}
          >
            {zoneMonograms(zone).map((layout) => (
              <option key={layout} value={layout}>
                {MONOGRAM_LABELS[layout]}
              </option>
            ))}
          </select>
        </div>
        <ZoneFontSelect zone={zone} value={layer.fontId} onChange={(fontId) => update({ fontId })} />
        <NumberField
          label="Size (mm)"
          value={layer.sizeMm}
          min={2}
          max={500}
          step={0.5}
          onChange={(sizeMm) => update({ sizeMm }, `size:${layer.id}`)}
        />
        <RotationField layer={layer} update={update} />
      </div>
      {message && (
        <p id={messageId} role="alert" className={s.error}>
          {message}
        </p>
      )}
      <ColourChoice
        legend="Monogram colour"
        name={`monogram-colour-${layer.id}`}
        value={layer.colourId}
        zone={zone}
        optional={false}
        onChange={(colourId) => colourId && update({ colourId })}
      />
    </div>
  );
}
