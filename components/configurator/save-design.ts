'use client';
import { useCallback } from 'react';
import type { Design } from '@/lib/design/schema';
import { saveDesign } from '@/lib/server/actions/save-design';
import type { SaveDesignResult } from '@/lib/server/design-saving';
import { useLastSaved, useTemplate } from './editor-context';

/**
 * Saves a design (validated again on the server) and returns its id and share link. The same,
 * unchanged design is saved once: a second call answers with the copy already saved.
 */
export function useSaveDesign(): (design: Design) => Promise<SaveDesignResult> {
  const { versionId } = useTemplate();
  const lastSavedRef = useLastSaved();
  return useCallback(
    async (design: Design) => {
      const last = lastSavedRef.current;
      if (last?.design === design) return { ok: true, id: last.id, url: last.url };
      const result = await saveDesign({ templateVersionId: versionId, design });
      if (result.ok) lastSavedRef.current = { design, id: result.id, url: result.url };
      return result;
    },
    [versionId, lastSavedRef],
  );
}
