'use client';
import { useState } from 'react';
import type { ModelGeometry } from '@/lib/kinds/model/schema';
import { STRETCH_WARNING_PCT } from '@/lib/kinds/model/uv-measure';
import type { ModelInspection } from '@/lib/models/upload';
import { measuredSurface, withSurface, withoutSurface } from '@/lib/kinds/model/draft-edits';
import { useDraft } from '../editor/draft-context';
import s from '../editor/editor.module.css';
import b from '../studio.module.css';
import type { Measured } from './measure';
import m from './model.module.css';
import type { ZoneRect } from './use-zone-rect';
import { UvView } from './uv-view';

type Props = {
  inspection: ModelInspection;
  geometry: ModelGeometry;
  mesh: string | null;
  onMesh: (mesh: string) => void;
  textures: Record<string, string>;
  /** The print area being placed (the 3D view moves it too). */
  zone: ZoneRect;
};

const KEYS = ['u0', 'v0', 'u1', 'v1'] as const;
const fixed = (x: number) => Math.round(x * 10000) / 10000;

/** Step 4: printable surfaces, placed on a mesh's UV layout and measured in mm on the model. */
export function ZonesCard({ inspection, geometry: g, mesh: meshName, onMesh, textures, zone }: Props) {
  const change = useDraft((st) => st.change);
  const [label, setLabel] = useState('Print area');
  const mesh = inspection.meshes.find((x) => x.name === meshName) ?? null;
  const { rect, measured } = zone;

  const add = () => {
    if (!mesh || !rect || !measured?.ok) return;
    const material = mesh.materials[0];
    const surface = measuredSurface(
      { label, mesh: mesh.name, uv: rect, ...(material ? { material } : {}) },
      measured,
      g.surfaces.map((x) => x.id),
    );
    change((doc) => withSurface(doc, surface), 'model-surface');
    zone.clear();
  };

  return (
    <fieldset className={s.card}>
      <legend>4. Print areas</legend>
      <div className={m.meshes} role="radiogroup" aria-label="Mesh for the print area">
        {inspection.meshes.map((x) => (
          <label key={x.name} className={b.check} title={x.hasUvs ? undefined : 'This mesh has no UV layout'}>
            <input
              type="radio"
              name="zone-mesh"
              checked={meshName === x.name}
              disabled={!x.hasUvs}
              onChange={() => onMesh(x.name)}
            />
            {x.name}
            {!x.hasUvs && ' (no UVs)'}
          </label>
        ))}
      </div>
      <p className={b.hint}>
        Pick a mesh here or click it on the 3D view below, then drag across its UV layout to place the print
        area, and drag it on the layout or on the model to move it. Onekind measures its real size on the
        model.
      </p>
      {mesh && (
        <>
          <UvView
            mesh={mesh}
            texture={textures[mesh.name] ?? null}
            surfaces={g.surfaces.filter((x) => x.mesh === mesh.name)}
            rect={rect}
            refused={measured?.ok === false}
            onRect={zone.place}
          />
          <div className={b.grid}>
            {KEYS.map((k) => (
              <label key={k} className={b.field}>
                <span className={b.fieldLabel}>{k}</span>
                <input
                  type="number"
                  step="0.001"
                  min={0}
                  max={1}
                  value={rect ? fixed(rect[k]) : ''}
                  onChange={(e) => {
                    const r = {
                      ...(rect ?? { u0: 0.25, v0: 0.25, u1: 0.75, v1: 0.75 }),
                      [k]: Number(e.target.value),
                    };
                    zone.place(r, r.u0 < r.u1 && r.v0 < r.v1);
                  }}
                />
              </label>
            ))}
          </div>
          {rect && zone.answered && !measured ? (
            <button type="button" className={b.button} onClick={() => void zone.measure(rect)}>
              Measure again
            </button>
          ) : (
            <Result measured={measured} pending={!!rect && !zone.answered} />
          )}
          {measured?.ok && (
            <div className={b.grid}>
              <label className={b.field}>
                <span className={b.fieldLabel}>Print area name</span>
                <input value={label} onChange={(e) => setLabel(e.target.value)} />
              </label>
              <button type="button" className={b.button} onClick={add} disabled={!label.trim()}>
                Add print area
              </button>
            </div>
          )}
        </>
      )}
      <ul aria-label="Print areas">
        {g.surfaces.map((x) => (
          <li key={x.id}>
            {x.label}: {x.widthMm.toFixed(1)} × {x.heightMm.toFixed(1)} mm on “{x.mesh}”, stretch{' '}
            {x.stretchPct.toFixed(1)} %{' '}
            <button
              type="button"
              className={b.linkButton}
              onClick={() => change((doc) => withoutSurface(doc, x.id), 'model-surface')}
            >
              Remove {x.label}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function Result({ measured, pending }: { measured: Measured | null; pending: boolean }) {
  if (pending) return <p role="status">Measuring…</p>;
  if (!measured) return null;
  if (!measured.ok)
    return (
      <p className={b.alert} role="alert">
        {measured.error}
      </p>
    );
  return (
    <p role="status" className={m.measure}>
      Measured on the model:{' '}
      <strong aria-label="Measured size">
        {measured.widthMm.toFixed(1)} × {measured.heightMm.toFixed(1)} mm
      </strong>
      , stretch <strong aria-label="Stretch">{measured.stretchPct.toFixed(1)} %</strong>
      {measured.stretchPct > STRETCH_WARNING_PCT && (
        <span className={m.warning}>
          {' '}
          — this area will print distorted (over {STRETCH_WARNING_PCT} % stretch).
        </span>
      )}
    </p>
  );
}
