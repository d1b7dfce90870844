'use client';
import type { ModelGeometry } from '@/lib/kinds/model/schema';
import type { ModelInspection } from '@/lib/models/upload';
import { withPart } from '@/lib/kinds/model/draft-edits';
import { useDraft } from '../editor/draft-context';
import s from '../editor/editor.module.css';
import b from '../studio.module.css';

type Props = { inspection: ModelInspection; geometry: ModelGeometry };

/** Step 3: the model's meshes and materials by name; which materials colour options may change. */
export function PartsCard({ inspection, geometry: g }: Props) {
  const change = useDraft((st) => st.change);
  const part = (material: string) => g.parts.find((p) => p.material === material);
  return (
    <fieldset className={s.card}>
      <legend>3. Parts</legend>
      <table className={b.table} aria-label="Meshes">
        <thead>
          <tr>
            <th scope="col">Mesh</th>
            <th scope="col">Triangles</th>
            <th scope="col">Materials</th>
            <th scope="col">UV layout</th>
          </tr>
        </thead>
        <tbody>
          {inspection.meshes.map((mesh) => (
            <tr key={mesh.name}>
              <td>{mesh.name}</td>
              <td>{mesh.triangles.toLocaleString('en')}</td>
              <td>{mesh.materials.join(', ')}</td>
              <td>{mesh.hasUvs ? `${mesh.islands.length} island(s)` : 'none: no zone can go on it'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={b.hint}>
        Tick the materials a colour option may change; the Options section then offers them as parts, with the
        usual swatches (colour, shine, metal, surface).
      </p>
      <ul style={{ listStyle: 'none', padding: 0 }} aria-label="Materials">
        {inspection.materials.map((mat) => {
          const p = part(mat.name);
          return (
            <li key={mat.name} className={b.grid}>
              <label className={b.check}>
                <input
                  type="checkbox"
                  checked={!!p}
                  onChange={(e) => change((doc) => withPart(doc, mat.name, e.target.checked), 'model-part')}
                />
                <span
                  aria-hidden
                  style={{
                    display: 'inline-block',
                    width: 14,
                    height: 14,
                    borderRadius: 3,
                    background: mat.baseColorHex,
                    border: '1px solid #888',
                  }}
                />{' '}
                Options can change “{mat.name}”{mat.hasTexture ? ' (textured)' : ''}
              </label>
              {p && (
                <label className={b.field}>
                  <span className={b.fieldLabel}>Name shoppers read for “{mat.name}”</span>
                  <input
                    value={p.label}
                    onChange={(e) =>
                      change(
                        (doc) => withPart(doc, mat.name, true, e.target.value),
                        `model-part-label-${mat.name}`,
                      )
                    }
                  />
                </label>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
