'use client';
import { GroupIssues } from '@/components/studio/fields/group-issues';
import { NumberField } from '@/components/studio/fields/number-field';
import { TextField } from '@/components/studio/fields/text-field';
import s from '@/components/studio/editor/editor.module.css';
import b from '@/components/studio/studio.module.css';

const g = (...path: string[]) => ['geometry', ...path];

/** Phone case: the device it fits, the shell around it, and the camera cut-out in the back. */
export function PhoneCaseFields() {
  return (
    <>
      <fieldset className={s.card}>
        <legend>Device</legend>
        <p className={b.hint}>The phone’s own size, from the maker’s technical specifications.</p>
        <TextField path={g('device', 'model')} label="Model" />
        <div className={b.grid}>
          <NumberField path={g('device', 'widthMm')} label="Width" />
          <NumberField path={g('device', 'heightMm')} label="Height" />
          <NumberField path={g('device', 'depthMm')} label="Depth" />
          <NumberField path={g('device', 'cornerRadiusMm')} label="Corner radius" />
        </div>
      </fieldset>
      <fieldset className={s.card}>
        <legend>Shell</legend>
        <div className={b.grid}>
          <NumberField path={g('shell', 'wallMm')} label="Wall" />
          <NumberField
            path={g('shell', 'clearanceMm')}
            label="Fit clearance"
            hint="Gap between phone and case."
          />
          <NumberField path={g('shell', 'backMm')} label="Back thickness" />
          <NumberField
            path={g('shell', 'lipMm')}
            label="Screen lip"
            hint="How far the rim rises above the glass."
          />
        </div>
      </fieldset>
      <fieldset className={s.card} id="field-geometry-camera" tabIndex={-1}>
        <legend>Camera cut-out</legend>
        <p className={b.hint}>
          Measured on the case back seen from behind, from its top-left corner. No artwork is printed over it.
        </p>
        <GroupIssues path={g('camera')} />
        <div className={b.grid}>
          <NumberField path={g('camera', 'xMm')} label="From left" />
          <NumberField path={g('camera', 'yMm')} label="From top" />
          <NumberField path={g('camera', 'widthMm')} label="Width" />
          <NumberField path={g('camera', 'heightMm')} label="Height" />
          <NumberField path={g('camera', 'cornerRadiusMm')} label="Corner radius" />
        </div>
      </fieldset>
    </>
  );
}
