'use client';
import { useEffect, useMemo, useRef } from 'react';
import { useRenderContext } from '@/components/configurator/render-context';
import type { ClipartItem } from '@/lib/clipart/library';
import type { Design } from '@/lib/design/schema';
import { brandClipartIds } from '@/lib/layers/clipart/art';

// Brand clipart is not shipped with the app: a design that uses some (reopened in the
// configurator, or shown on its saved page) fetches it from /api/clipart/<id>.

/** Fetches the brand clipart these zones' layers use into the render context, once per id. */
export function useBrandClipart(zones: Design['zones']) {
  const { registerClipart, withoutFonts } = useRenderContext();
  const asked = useRef(new Set<string>());
  const ids = useMemo(() => brandClipartIds(Object.values(zones).flatMap((z) => z.layers)), [zones]);
  useEffect(() => {
    const missing = ids.filter((id) => !withoutFonts.clipart?.[id] && !asked.current.has(id));
    if (missing.length === 0) return;
    for (const id of missing) asked.current.add(id);
    void Promise.all(
      missing.map((id) =>
        fetch(`/api/clipart/${id}`)
          .then((r) => (r.ok ? (r.json() as Promise<{ item: ClipartItem }>) : null))
          .then((json) => json?.item ?? null)
          .catch(() => null),
      ),
    ).then((items) => registerClipart(items.filter((i): i is ClipartItem => i !== null)));
  }, [ids, withoutFonts.clipart, registerClipart]);
}

/** Fetches the brand clipart a saved design uses, for its preview without an editor. */
export function SavedClipartLoader({ design }: { design: Design }) {
  useBrandClipart(design.zones);
  return null;
}
