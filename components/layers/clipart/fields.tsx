'use client';
import { useRenderContext } from '@/components/configurator/render-context';
import { ColourChoice } from '@/components/layers/colour-choice';
import { findClipart } from '@/lib/layers/clipart/art';
import type { ClipartLayer } from '@/lib/layers/clipart/schema';
import type { Zone } from '@/lib/templates/schema';
import s from '@/components/configurator/configurator.module.css';
import { useLayerUpdate, RotationField, WidthField } from '@/components/layers/shared-fields';

/** Colour, width and rotation of one clipart layer. */
export function ClipartLayerFields({ zone, layer }: { zone: Zone; layer: ClipartLayer }) {
  const { withoutFonts: ctx } = useRenderContext();
  const item = findClipart(layer.clipartId, ctx);
  const update = useLayerUpdate(zone, layer);
  // Its own colours only where they can be made: several colours print, but do not engrave or stitch.
  const ownColours = item !== undefined && !item.singleColour && zone.method === 'print';
  return (
    <div>
      <p className={s.delta}>{item ? item.name : 'Clipart'}</p>
      <div className={s.grid2}>
        <WidthField layer={layer} update={update} />
        <RotationField layer={layer} update={update} />
      </div>
      <ColourChoice
        legend="Clipart colour"
        name={`clipart-colour-${layer.id}`}
        value={layer.colourId}
        zone={zone}
        optional={ownColours || layer.colourId === null}
        noneLabel="Its own colours"
        onChange={(colourId) => update({ colourId })}
      />
    </div>
  );
}
