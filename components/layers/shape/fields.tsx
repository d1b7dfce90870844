'use client';
import { useId } from 'react';
import { NumberField } from '@/components/configurator/number-field';
import { ColourChoice } from '@/components/layers/colour-choice';
import { SHAPES } from '@/lib/layers/shape/names';
import type { ShapeLayer } from '@/lib/layers/shape/schema';
import { SHAPE_LABELS } from '@/lib/layers/shape/module';
import { isOpenShape } from '@/lib/layers/shape/outline';
import type { Zone } from '@/lib/templates/schema';
import s from '@/components/configurator/configurator.module.css';
import { useLayerUpdate, RotationField, WidthField } from '@/components/layers/shared-fields';

/** Shape, size, corner radius, fill, outline and rotation of one shape layer. */
export function ShapeLayerFields({ zone, layer }: { zone: Zone; layer: ShapeLayer }) {
  const shapeId = useId();
  const update = useLayerUpdate(zone, layer);
  const line = isOpenShape(layer.shape);
  return (
    <div>
      <div className={s.grid2}>
        <div className={s.field}>
          <label htmlFor={shapeId}>Shape</label>
          <select
            id={shapeId}
            value={layer.shape}
            onChange={(e) => update({ shape: e.target.value as ShapeLayer['shape'] })}
          >
            {SHAPES.map((shape) => (
              <option key={shape} value={shape}>
                {SHAPE_LABELS[shape]}
              </option>
            ))}
          </select>
        </div>
        <WidthField layer={layer} update={update} label={line ? 'Length (mm)' : 'Width (mm)'} />
        {!line && (
          <NumberField
            label="Height (mm)"
            value={layer.heightMm}
            min={1}
            max={2000}
            step={1}
            onChange={(heightMm) => update({ heightMm }, `height:${layer.id}`)}
          />
        )}
        {layer.shape === 'rounded-rectangle' && (
          <NumberField
            label="Corner radius (mm)"
            value={layer.cornerRadiusMm}
            min={0}
            max={1000}
            step={0.5}
            onChange={(cornerRadiusMm) => update({ cornerRadiusMm }, `radius:${layer.id}`)}
          />
        )}
        <NumberField
          label={line ? 'Line width (mm)' : 'Outline width (mm)'}
          value={layer.strokeWidthMm}
          min={0}
          max={50}
          step={0.1}
          onChange={(strokeWidthMm) => update({ strokeWidthMm }, `stroke:${layer.id}`)}
        />
        <RotationField layer={layer} update={update} />
      </div>
      {!line && (
        <ColourChoice
          legend="Fill"
          name={`fill-${layer.id}`}
          value={layer.fillColourId}
          zone={zone}
          onChange={(fillColourId) => update({ fillColourId })}
        />
      )}
      <ColourChoice
        legend={line ? 'Line colour' : 'Outline'}
        name={`stroke-${layer.id}`}
        value={layer.strokeColourId}
        zone={zone}
        onChange={(strokeColourId) => update({ strokeColourId })}
      />
    </div>
  );
}
