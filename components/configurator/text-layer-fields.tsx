'use client';
import { useId, useRef } from 'react';
import type { TextLayer } from '@/lib/design/schema';
import { findFont } from '@/lib/templates/fonts';
import type { Zone } from '@/lib/templates/schema';
import { useEditor } from './editor-context';
import { NumberField } from './number-field';
import s from './configurator.module.css';

// Counts focus sessions across mounts, so two separate typing sessions never share a gesture id.
let typingSessions = 0;

const ALIGNMENTS = [
  { id: 'left', label: 'Left' },
  { id: 'centre', label: 'Centre' },
  { id: 'right', label: 'Right' },
] as const;

/** Text, font, size, colour, alignment, spacing and rotation of one text layer. */
export function TextLayerFields({ zone, layer }: { zone: Zone; layer: TextLayer }) {
  const updateLayer = useEditor((st) => st.updateLayer);
  // Everything typed between focusing the text box and leaving it is one undo step.
  const typing = useRef(0);
  const textId = useId();
  const fontId = useId();
  const update = (patch: Partial<TextLayer>, gesture?: string) => updateLayer(zone.id, layer.id, patch, gesture);
  return (
    <div>
      <div className={s.field}>
        <label htmlFor={textId}>Text</label>
        <textarea
          id={textId}
          value={layer.text}
          rows={Math.min(zone.limits.maxLines, 4)}
          onFocus={() => (typing.current = ++typingSessions)}
          onChange={(e) => update({ text: e.target.value }, `text:${layer.id}:${typing.current}`)}
        />
      </div>
      <div className={s.grid2}>
        <div className={s.field}>
          <label htmlFor={fontId}>Font</label>
          <select id={fontId} value={layer.fontId} onChange={(e) => update({ fontId: e.target.value })}>
            {zone.fonts.map((id) => (
              <option key={id} value={id}>
                {findFont(id)?.family} {findFont(id)?.weight === 700 ? 'Bold' : ''}
              </option>
            ))}
          </select>
        </div>
        <NumberField label="Size (mm)" value={layer.sizeMm} min={0.5} max={500} step={0.5} onChange={(sizeMm) => update({ sizeMm }, `size:${layer.id}`)} />
        <NumberField label="Letter spacing (mm)" value={layer.letterSpacingMm} min={-10} max={100} step={0.1} onChange={(letterSpacingMm) => update({ letterSpacingMm }, `spacing:${layer.id}`)} />
        <NumberField label="Rotation (°)" value={layer.rotationDeg} min={-360} max={360} step={1} onChange={(rotationDeg) => update({ rotationDeg }, `rotate:${layer.id}`)} />
      </div>
      <fieldset style={{ marginTop: '0.75rem' }}>
        <legend>Colour</legend>
        <div className={s.chips}>
          {zone.colours.map((c) => (
            <label key={c.id} className={s.chip}>
              <input type="radio" name={`colour-${layer.id}`} checked={layer.colourId === c.id} onChange={() => update({ colourId: c.id })} />
              <span className={s.dot} style={{ background: c.hex }} aria-hidden="true" />
              {c.name}
            </label>
          ))}
        </div>
      </fieldset>
      {zone.limits.maxLines > 1 && (
        <fieldset>
          <legend>Alignment</legend>
          <div className={s.chips}>
            {ALIGNMENTS.map((a) => (
              <label key={a.id} className={s.chipPlain}>
                <input type="radio" name={`align-${layer.id}`} checked={layer.align === a.id} onChange={() => update({ align: a.id })} />
                {a.label}
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </div>
  );
}
