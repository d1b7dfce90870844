'use client';
import { useEditor } from '@/components/configurator/editor-context';
import { zoneMonograms } from '@/lib/layers/monogram/checks';
import { newMonogramLayer } from '@/lib/layers/monogram/defaults';
import type { Zone } from '@/lib/templates/schema';
import s from '@/components/configurator/configurator.module.css';

/** "Add monogram", only where the brand allows a monogram layout in the zone. */
export function AddMonogram({ zone, disabled }: { zone: Zone; disabled: boolean }) {
  const addLayer = useEditor((st) => st.addLayer);
  const layout = zoneMonograms(zone)[0];
  if (!layout) return null;
  return (
    <button
      type="button"
      className={s.button}
      disabled={disabled}
      onClick={() => addLayer(zone.id, (z, id) => newMonogramLayer(z, id, layout))}
    >
      Add monogram
    </button>
  );
}
