'use client';
import { useMemo, type ComponentType } from 'react';
import { surfacesFor } from '@/lib/templates/geometry';
import { geometrySchema } from '@/lib/kinds/schemas';
import { kindLabel } from '@/lib/kinds/traits';
import { formatMm } from '@/lib/units';
import { KIND_GEOMETRY_FORMS } from '@/components/kinds/geometry-forms';
import { useDraft } from '../editor/draft-context';
import { GroupIssues } from '../fields/group-issues';
import s from '../editor/editor.module.css';
import b from '../studio.module.css';

/** The product's shape in millimetres, through its kind's own form, and the surfaces that result. */
export function GeometrySection() {
  const geometry = useDraft((st) => st.doc.geometry);
  const sizes = useDraft((st) => st.doc.sizes);
  // A draft may name a kind this build does not know.
  const Fields = (KIND_GEOMETRY_FORMS as Partial<Record<string, ComponentType>>)[geometry.kind];
  const variant = sizes.variants.find((v) => v.id === sizes.defaultVariant) ?? sizes.variants[0];
  const surfaces = useMemo(() => {
    const parsed = geometrySchema.safeParse(geometry);
    return parsed.success ? surfacesFor(parsed.data, variant?.measurements ?? {}) : [];
  }, [geometry, variant]);
  return (
    <div className={s.panel}>
      <p className={s.intro}>
        {kindLabel(geometry.kind)}: the 3D preview, the print areas and the production files are all built
        from these millimetres.
      </p>
      <GroupIssues path={['geometry']} />
      {Fields ? (
        <Fields />
      ) : (
        <p className={b.alert}>This build cannot edit the geometry of a “{geometry.kind}”.</p>
      )}
      <section className={s.card} aria-labelledby="surfaces-heading">
        <h3 id="surfaces-heading">
          Printable surfaces{sizes.variants.length > 1 && variant ? ` in size ${variant.label}` : ''}
        </h3>
        <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
          {surfaces.map((surface) => (
            <li key={surface.id}>
              {surface.name}: {formatMm(surface.widthMm)} × {formatMm(surface.heightMm)}
              {surface.keepOuts.length > 0 && (
                <span className={b.muted}>
                  {' '}
                  (kept clear: {[...new Set(surface.keepOuts.map((k) => k.reason))].join(', ')})
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
