'use client';
import { useId } from 'react';
import { NumberField } from '@/components/configurator/number-field';
import { ColourChoice } from '@/components/layers/colour-choice';
import { engravesImages } from '@/lib/render/engrave-image';
import { THRESHOLD_LEVEL } from '@/lib/layers/image/look';
import type { ImageFilterChoice, ImageLayer } from '@/lib/layers/image/schema';
import type { Zone } from '@/lib/templates/schema';
import s from '@/components/configurator/configurator.module.css';
import t from './image-tools.module.css';

type Props = {
  zone: Zone;
  layer: ImageLayer;
  update: (patch: Partial<ImageLayer>, gesture?: string) => void;
};
type FilterKind = ImageFilterChoice['kind'] | 'none';

const FILTERS: Array<{ kind: FilterKind; label: string; engravable: boolean }> = [
  { kind: 'none', label: 'None', engravable: true },
  { kind: 'greyscale', label: 'Greyscale', engravable: true },
  { kind: 'sepia', label: 'Sepia', engravable: false },
  { kind: 'duotone', label: 'Duotone', engravable: false },
  { kind: 'threshold', label: 'Threshold', engravable: true },
];

/** The filter a choice in the list starts as (a duotone in the zone's first and last colours). */
function filterFor(kind: FilterKind, zone: Zone): ImageFilterChoice | undefined {
  if (kind === 'none') return undefined;
  if (kind !== 'duotone') return { kind };
  const [first, last] = [zone.colours[0]?.id ?? '', zone.colours.at(-1)?.id ?? ''];
  return { kind, darkColourId: first, lightColourId: last };
}

/** Mask shape and pixel filter of an image layer, duotone colours from the zone's colours. */
export function LookFields({ zone, layer, update }: Props) {
  const [maskId, filterId] = [useId(), useId()];
  const filter = layer.filter;
  const engraves = engravesImages(zone);
  const offered = FILTERS.filter(
    (f) => (!engraves || f.engravable) && (f.kind !== 'duotone' || zone.colours.length > 0),
  );
  return (
    <fieldset className={t.group}>
      <legend>Shape and filter</legend>
      <div className={s.grid2}>
        <div className={s.field}>
          <label htmlFor={maskId}>Mask</label>
          <select
            id={maskId}
            value={layer.mask?.shape ?? 'none'}
            onChange={(e) => {
              const shape = e.target.value;
              update({
                mask:
                  shape === 'circle' ? { shape } : shape === 'rounded' ? { shape, radiusMm: 5 } : undefined,
              });
            }}
          >
            <option value="none">None</option>
            <option value="circle">Circle</option>
            <option value="rounded">Rounded</option>
          </select>
        </div>
        {layer.mask?.shape === 'rounded' && (
          <NumberField
            label="Corner radius (mm)"
            value={layer.mask.radiusMm}
            min={0}
            max={1000}
            step={0.5}
            onChange={(radiusMm) =>
              update({ mask: { shape: 'rounded', radiusMm } }, `mask-radius:${layer.id}`)
            }
          />
        )}
        <div className={s.field}>
          <label htmlFor={filterId}>Filter</label>
          <select
            id={filterId}
            value={filter?.kind ?? 'none'}
            onChange={(e) => update({ filter: filterFor(e.target.value as FilterKind, zone) })}
          >
            {offered.map((f) => (
              <option key={f.kind} value={f.kind}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        {filter?.kind === 'threshold' && (
          <NumberField
            label="Threshold (1-254)"
            value={filter.level ?? THRESHOLD_LEVEL}
            min={1}
            max={254}
            step={1}
            onChange={(level) => update({ filter: { kind: 'threshold', level } }, `threshold:${layer.id}`)}
          />
        )}
      </div>
      {filter?.kind === 'duotone' && (
        <>
          <ColourChoice
            legend="Duotone shadows"
            name={`duotone-dark-${layer.id}`}
            value={filter.darkColourId}
            zone={zone}
            optional={false}
            onChange={(id) => id && update({ filter: { ...filter, darkColourId: id } })}
          />
          <ColourChoice
            legend="Duotone highlights"
            name={`duotone-light-${layer.id}`}
            value={filter.lightColourId}
            zone={zone}
            optional={false}
            onChange={(id) => id && update({ filter: { ...filter, lightColourId: id } })}
          />
        </>
      )}
    </fieldset>
  );
}
