'use client';
import { useId, useRef } from 'react';
import type { TextLayer } from '@/lib/design/schema';
import type { Zone } from '@/lib/templates/schema';
import { NumberField } from '@/components/configurator/number-field';
import { ColourChoice } from '@/components/layers/colour-choice';
import { TextToolkitFields } from './toolkit-fields';
import { useGlyphGuard } from './use-glyph-guard';
import s from '@/components/configurator/configurator.module.css';
import { useLayerUpdate, RotationField, ZoneFontSelect } from '@/components/layers/shared-fields';

// Counts focus sessions across mounts, so two separate typing sessions never share a gesture id.
let typingSessions = 0;

const ALIGNMENTS = [
  { id: 'left', label: 'Left' },
  { id: 'centre', label: 'Centre' },
  { id: 'right', label: 'Right' },
] as const;

/** Text, font, size, colour, alignment, spacing and rotation of one text layer. */
export function TextLayerFields({ zone, layer }: { zone: Zone; layer: TextLayer }) {
  // Everything typed between focusing the text box and leaving it is one undo step.
  const typing = useRef(0);
  const textId = useId();
  const update = useLayerUpdate(zone, layer);
  // The glyph guard: what the font cannot draw never reaches the design (the server refuses it too).
  const { guard, message } = useGlyphGuard(layer);
  const guardId = useId();
  return (
    <div>
      <div className={s.field}>
        <label htmlFor={textId}>Text</label>
        <textarea
          id={textId}
          value={layer.text}
          rows={Math.min(zone.limits.maxLines, 4)}
          onFocus={() => (typing.current = ++typingSessions)}
          aria-describedby={message ? guardId : undefined}
          onChange={(e) => update({ text: guard(e.target.value) }, `text:${layer.id}:${typing.current}`)}
        />
        {message && (
          <p id={guardId} role="alert" className={s.error}>
            {message}
          </p>
        )}
      </div>
      <div className={s.grid2}>
        <ZoneFontSelect zone={zone} value={layer.fontId} onChange={(fontId) => update({ fontId })} />
        <NumberField
          label="Size (mm)"
          value={layer.sizeMm}
          min={0.5}
          max={500}
          step={0.5}
          onChange={(sizeMm) => update({ sizeMm }, `size:${layer.id}`)}
        />
        <NumberField
          label="Letter spacing (mm)"
          value={layer.letterSpacingMm}
          min={-10}
          max={100}
          step={0.1}
          onChange={(letterSpacingMm) => update({ letterSpacingMm }, `spacing:${layer.id}`)}
        />
        <RotationField layer={layer} update={update} />
      </div>
      <ColourChoice
        legend="Colour"
        name={`colour-${layer.id}`}
        value={layer.colourId}
        zone={zone}
        optional={false}
        onChange={(colourId) => colourId && update({ colourId })}
      />
      {zone.limits.maxLines > 1 && (
        <fieldset>
          <legend>Alignment</legend>
          <div className={s.chips}>
            {ALIGNMENTS.map((a) => (
              <label key={a.id} className={s.chipPlain}>
                <input
                  type="radio"
                  name={`align-${layer.id}`}
                  checked={layer.align === a.id}
                  onChange={() => update({ align: a.id })}
                />
                {a.label}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {zone.limits.maxLines > 1 && (
        <NumberField
          label="Line height"
          value={layer.lineHeight}
          min={0.7}
          max={3}
          step={0.05}
          onChange={(lineHeight) => update({ lineHeight }, `line-height:${layer.id}`)}
        />
      )}
      <TextToolkitFields zone={zone} layer={layer} update={update} />
    </div>
  );
}
