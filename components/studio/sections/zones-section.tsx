'use client';
import { fieldId } from '@/lib/studio/field-issues';
import { addZone } from '@/lib/studio/zone-edits';
import { useDraft, useDraftStore, useIssues } from '../editor/draft-context';
import { GroupIssues } from '../fields/group-issues';
import { SurfaceEditor } from '../surface-editor/surface-editor';
import { PreviewSizePicker } from './preview-size-picker';
import { ZoneForm } from './zone-form';
import s from '../editor/editor.module.css';
import b from '../studio.module.css';

/** Personalisation zones: drawn on the product's surfaces, and set up for production. */
export function ZonesSection() {
  const store = useDraftStore();
  const zones = useDraft((st) => st.doc.zones);
  const selectedZoneId = useDraft((st) => st.selectedZoneId);
  const variantId = useDraft((st) => st.previewVariantId ?? st.doc.sizes.defaultVariant);
  const { grouped } = useIssues();
  const selectedIndex = zones.findIndex((z) => z.id === selectedZoneId);
  const add = () => {
    const state = store.getState();
    const variant = state.doc.sizes.variants.find((v) => v.id === variantId) ?? state.doc.sizes.variants[0];
    const surface = state.doc.zones[0]?.surface ?? '';
    const added = addZone(state.doc, surface, variant?.measurements ?? {});
    state.change(() => added.doc);
    state.selectZone(added.zoneId);
  };
  return (
    <div className={s.panel}>
      <p className={s.intro}>
        Zones are where shoppers add text and images. Each is a rectangle in millimetres on one of the
        product’s surfaces, produced with one method.
      </p>
      <PreviewSizePicker label="Surfaces in size" />
      <SurfaceEditor variantId={variantId} />
      <GroupIssues path={['zones']} id={fieldId(['zones'])} />
      <div className={s.row} role="group" aria-label="Zones">
        {zones.map((z, i) => {
          const problems = [...grouped.byField.keys()].filter(
            (k) => k.startsWith(`zones.${i}.`) || k === `zones.${i}`,
          ).length;
          return (
            <button
              key={`${z.id}-${i}`}
              type="button"
              className={b.button}
              aria-pressed={z.id === selectedZoneId}
              onClick={() => store.getState().selectZone(z.id)}
              style={
                z.id === selectedZoneId
                  ? { borderColor: 'var(--focus)', boxShadow: 'inset 0 0 0 1px var(--focus)' }
                  : undefined
              }
            >
              {z.name || `Zone ${i + 1}`}
              {problems > 0 && (
                <span className={b.badgeDraft} aria-label={`${problems} problems`}>
                  {problems}
                </span>
              )}
            </button>
          );
        })}
        <button type="button" className={b.button} onClick={add}>
          Add zone
        </button>
      </div>
      {selectedIndex >= 0 ? (
        <ZoneForm key={selectedIndex} index={selectedIndex} />
      ) : (
        <p className={b.muted}>Select a zone to set it up.</p>
      )}
    </div>
  );
}
