'use client';
import { NumberField } from '@/components/studio/fields/number-field';
import s from '@/components/studio/editor/editor.module.css';
import b from '@/components/studio/studio.module.css';

const g = (...path: string[]) => ['geometry', ...path];

/** Mug: the body, the handle, and the band around the handle a wrap print cannot reach. */
export function MugFields() {
  return (
    <>
      <fieldset className={s.card}>
        <legend>Body</legend>
        <div className={b.grid}>
          <NumberField path={g('diameterMm')} label="Diameter" hint="Outside, across the top." />
          <NumberField path={g('heightMm')} label="Height" />
          <NumberField path={g('wallMm')} label="Wall" />
          <NumberField path={g('capacityMl')} label="Capacity" unit="ml" />
        </div>
      </fieldset>
      <fieldset className={s.card}>
        <legend>Handle</legend>
        <div className={b.grid}>
          <NumberField path={g('handle', 'heightMm')} label="Height" />
          <NumberField
            path={g('handle', 'projectionMm')}
            label="Projection"
            hint="How far it stands off the wall."
          />
          <NumberField path={g('handle', 'thicknessMm')} label="Thickness" />
          <NumberField
            path={g('handleClearanceMm')}
            label="Unprintable band"
            hint="Centred on the handle; the wrap print stays out of it."
          />
        </div>
      </fieldset>
    </>
  );
}
