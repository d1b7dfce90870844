'use client';
import { NumberField } from '@/components/studio/fields/number-field';
import { TextField } from '@/components/studio/fields/text-field';
import s from '@/components/studio/editor/editor.module.css';
import b from '@/components/studio/studio.module.css';

const g = (...path: string[]) => ['geometry', ...path];

/** Jeans: denim, waistband, the back pocket and the leather patch. Leg measurements are per size (Sizes). */
export function JeansFields() {
  return (
    <>
      <fieldset className={s.card}>
        <legend>Denim</legend>
        <div className={b.grid}>
          <NumberField path={g('fabric', 'weightOz')} label="Weight" unit="oz/yd²" />
          <TextField path={g('fabric', 'composition')} label="Composition" />
          <NumberField path={g('waistbandMm')} label="Waistband height" />
        </div>
      </fieldset>
      <fieldset className={s.card}>
        <legend>Back pocket</legend>
        <div className={b.grid}>
          <NumberField path={g('backPocket', 'widthMm')} label="Width" />
          <NumberField path={g('backPocket', 'heightMm')} label="Height" />
        </div>
      </fieldset>
      <fieldset className={s.card}>
        <legend>Waistband patch</legend>
        <div className={b.grid}>
          <NumberField path={g('patch', 'widthMm')} label="Width" />
          <NumberField path={g('patch', 'heightMm')} label="Height" />
          <TextField path={g('patch', 'material')} label="Material" />
        </div>
      </fieldset>
    </>
  );
}
