'use client';
import { NumberField } from '@/components/studio/fields/number-field';
import { TextField } from '@/components/studio/fields/text-field';
import s from '@/components/studio/editor/editor.module.css';
import b from '@/components/studio/studio.module.css';

const g = (...path: string[]) => ['geometry', ...path];

/** Tote bag: canvas, panels and gusset, and the handles with where they are sewn on. */
export function ToteFields() {
  return (
    <>
      <fieldset className={s.card}>
        <legend>Canvas</legend>
        <div className={b.grid}>
          <NumberField path={g('fabric', 'weightOz')} label="Weight" unit="oz/yd²" hint="12 oz is about 407 g/m²." />
          <TextField path={g('fabric', 'composition')} label="Composition" />
        </div>
      </fieldset>
      <fieldset className={s.card}>
        <legend>Bag</legend>
        <div className={b.grid}>
          <NumberField path={g('panel', 'widthMm')} label="Panel width" hint="Finished, laid flat." />
          <NumberField path={g('panel', 'heightMm')} label="Panel height" hint="Bottom seam to top edge." />
          <NumberField path={g('gussetMm')} label="Gusset depth" hint="How deep the bag is at the bottom." />
          <NumberField path={g('topHemMm')} label="Top hem" hint="Folded down from the top edge; no print there." />
        </div>
      </fieldset>
      <fieldset className={s.card}>
        <legend>Handles</legend>
        <div className={b.grid}>
          <NumberField path={g('handle', 'lengthMm')} label="Length" hint="The loop you carry by, from edge to edge." />
          <NumberField path={g('handle', 'widthMm')} label="Webbing width" />
          <NumberField path={g('handle', 'spacingMm')} label="Spacing" hint="Between the centre lines of one handle's ends." />
          <NumberField path={g('handle', 'attachMm')} label="Sewn on" hint="How far down the panel each end is stitched; no print there." />
        </div>
      </fieldset>
    </>
  );
}
