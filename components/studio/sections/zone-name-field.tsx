'use client';
import { renameZone } from '@/lib/studio/zone-edits';
import { useDraft, useDraftStore } from '../editor/draft-context';
import { FieldFrame } from '../fields/field-frame';

/** A zone's name. Before the first publish the zone's file-name id follows it (renameZone). */
export function ZoneNameField({ index }: { index: number }) {
  const store = useDraftStore();
  const zone = useDraft((st) => st.doc.zones[index]);
  const published = useDraft((st) => st.latestVersion !== null);
  if (!zone) return null;
  const rename = (name: string) => {
    const state = store.getState();
    const renamed = renameZone(state.doc, index, name, !published);
    state.change(() => renamed.doc, `field:zones.${index}.name`);
    if (renamed.zoneId !== zone.id) state.selectZone(renamed.zoneId);
  };
  const hint = published
    ? `Its production files keep the name “${zone.id}” they had when first published.`
    : `Its production files are named “${zone.id}”.`;
  return (
    <FieldFrame path={['zones', index, 'name']} label="Zone name" hint={hint}>
      {(c) => <input {...c} value={zone.name} autoComplete="off" onChange={(e) => rename(e.target.value)} />}
    </FieldFrame>
  );
}
