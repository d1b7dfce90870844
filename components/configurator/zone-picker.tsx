'use client';
import { methodLabel } from '@/lib/templates/methods';
import { useEditor, useTemplate } from './editor-context';
import s from './configurator.module.css';

/** Which zone the layer tools edit (and the 3D view can turn to). */
export function ZonePicker() {
  const { template } = useTemplate();
  const active = useEditor((st) => st.activeZoneId);
  const setActiveZone = useEditor((st) => st.setActiveZone);
  if (template.zones.length < 2) return null;
  return (
    <fieldset>
      <legend>Zone</legend>
      <div className={s.chips}>
        {template.zones.map((zone) => (
          <label key={zone.id} className={s.chipPlain}>
            <input type="radio" name="zone" value={zone.id} checked={zone.id === active} onChange={() => setActiveZone(zone.id)} />
            {zone.name}
            <span className={s.delta}>{methodLabel(zone.method)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
