'use client';
import { NumberField } from '@/components/studio/fields/number-field';
import { TextField } from '@/components/studio/fields/text-field';
import s from '@/components/studio/editor/editor.module.css';
import b from '@/components/studio/studio.module.css';

const g = (...path: string[]) => ['geometry', ...path];

/** T-shirt: fabric and neckline. Body width and length are set per size (Sizes). */
export function TeeFields() {
  return (
    <>
      <fieldset className={s.card}>
        <legend>Fabric</legend>
        <div className={b.grid}>
          <NumberField path={g('fabric', 'gsm')} label="Weight" unit="g/m²" />
          <TextField path={g('fabric', 'composition')} label="Composition" />
        </div>
      </fieldset>
      <fieldset className={s.card}>
        <legend>Neckline</legend>
        <div className={b.grid}>
          <NumberField path={g('neckWidthMm')} label="Neck width" />
          <NumberField path={g('frontNeckDropMm')} label="Front neck drop" />
          <NumberField path={g('backNeckDropMm')} label="Back neck drop" />
          <NumberField path={g('ribMm')} label="Collar rib" />
        </div>
      </fieldset>
    </>
  );
}
