'use client';
// The studio's Geometry section for a product made from a 3D model: what the model is, its real
// size and unit, and the materials, surfaces and views the product uses, after the model
// workspace (components/studio/model/) where the brand uploads the model and maps them.
import { NumberField } from '@/components/studio/fields/number-field';
import s from '@/components/studio/editor/editor.module.css';
import b from '@/components/studio/studio.module.css';
import { useDraft } from '@/components/studio/editor/draft-context';
import { ModelWorkspace } from '@/components/studio/model/model-workspace';

const round = (mm: number) => Math.round(mm * 10) / 10;

/** Model: the stored file, its unit and real size, and what zones, options and views use. */
export function ModelFields() {
  const geometry = useDraft((d) => d.doc.geometry);
  if (geometry.kind !== 'model') return null;
  const g = geometry;
  return (
    <>
      {/* The upload, unit, parts, print-area and view steps; the summary below follows them. */}
      <ModelWorkspace />
      <fieldset className={s.card}>
        <legend>Model</legend>
        <p>
          {g.model.fileName} ({Math.round(g.model.bytes / 1024)} KB), real size {round(g.boundsMm.x)} ×{' '}
          {round(g.boundsMm.y)} × {round(g.boundsMm.z)} mm
        </p>
        <div className={b.grid}>
          <NumberField
            path={['geometry', 'scaleToMm']}
            label="Unit"
            unit="mm per unit"
            hint="1000 when the model is in metres, 10 in centimetres, 1 in millimetres."
          />
        </div>
      </fieldset>
      <fieldset className={s.card}>
        <legend>Materials options dress</legend>
        <ul>
          {g.parts.map((p) => (
            <li key={p.material}>
              {p.label} (material “{p.material}”)
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className={s.card}>
        <legend>Printable surfaces</legend>
        <ul>
          {g.surfaces.map((surface) => (
            <li key={surface.id}>
              {surface.label}: {round(surface.widthMm)} × {round(surface.heightMm)} mm on mesh “{surface.mesh}
              ”, stretch {surface.stretchPct.toFixed(1)} %
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className={s.card}>
        <legend>Camera views</legend>
        <ul>
          {g.views.map((v) => (
            <li key={v.id}>{v.label}</li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}
