'use client';
import { useCallback } from 'react';
import type { Path } from '@/lib/studio/edit';
import { ancestors, fieldId, sectionOf } from '@/lib/studio/field-issues';
import { useDraftStore } from './draft-context';

/**
 * Takes the brand to the field an issue is about: opens its section (and its zone), then
 * focuses the field, or the nearest group around it when the field has no control of its own.
 */
export function useGoToField(): (path: Path) => void {
  const store = useDraftStore();
  return useCallback(
    (path: Path) => {
      const state = store.getState();
      state.setSection(sectionOf(path));
      if (path[0] === 'zones' && typeof path[1] === 'number') {
        const zone = state.doc.zones[path[1]];
        if (zone) state.selectZone(zone.id);
      }
      if (path[0] === 'pricing' && path[1] === 'zones' && typeof path[2] === 'number')
        state.setSection('pricing');
      // The section renders on the next frame; then its field exists.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          for (const p of ancestors(path)) {
            const element = document.getElementById(fieldId(p));
            if (!element) continue;
            element.scrollIntoView({ block: 'center' });
            element.focus({ preventScroll: true });
            return;
          }
        }),
      );
    },
    [store],
  );
}
