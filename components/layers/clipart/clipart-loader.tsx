'use client';
import { useEffect, useMemo, useRef } from 'react';
import { useEditor } from '@/components/configurator/editor-context';
import { useRenderContext } from '@/components/configurator/render-context';
import type { ClipartItem } from '@/lib/clipart/library';
import { brandClipartIds } from '@/lib/layers/clipart/art';

/** Fetches the brand clipart a reopened design uses (the picker registers what it adds). */
export function ClipartLoader() {
  const zones = useEditor((st) => st.design.zones);
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
  return null;
}
