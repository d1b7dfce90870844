'use client';
import { useCallback } from 'react';
import { useEditorStore, useTemplate } from '@/components/configurator/editor-context';
import { useSaveDesign } from '@/components/configurator/save-design';
import type { EmbedPrice, EmbedSavedDesign } from '@/lib/embed/protocol';
import { quote, type Quote } from '@/lib/pricing/quote';
import { useEmbed } from './embed-context';

export type HostSaveResult = { ok: true; saved: EmbedSavedDesign } | { ok: false; error: string };

/** The price the host is told: the same quote the shopper sees (the server recomputes it on order). */
export function embedPrice(priced: Quote | null): EmbedPrice | null {
  return priced
    ? { totalMinor: priced.totalMinor, unitMinor: priced.unitPriceMinor, currency: priced.currency }
    : null;
}

/**
 * Saves the design for the embedding store and tells it: `saved` (the host asked, or the
 * shopper pressed Save) or `add-to-cart` (the shopper pressed Add to cart, for the host's own
 * cart). `blocking` is read when called, so a host's command sees the current problems.
 */
export function useHostSave(
  blocking: () => number,
): (type: 'saved' | 'add-to-cart') => Promise<HostSaveResult> {
  const embed = useEmbed();
  const store = useEditorStore();
  const { template } = useTemplate();
  const save = useSaveDesign();
  return useCallback(
    async (type) => {
      if (!embed) return { ok: false, error: 'This configurator is not embedded.' };
      const problems = blocking();
      if (problems > 0) {
        const error = `Fix ${problems === 1 ? 'the problem' : `the ${problems} problems`} marked “Must fix” first.`;
        embed.post({ type: 'error', message: error, command: type });
        return { ok: false, error };
      }
      const { design, quantity } = store.getState();
      const result = await save(design);
      if (!result.ok) {
        embed.post({ type: 'error', message: result.error, command: type });
        return { ok: false, error: result.error };
      }
      const price = embedPrice(safeQuote(() => quote(template, design, quantity)));
      if (!price) return { ok: false, error: 'This design cannot be priced.' };
      const saved: EmbedSavedDesign = {
        designId: result.id,
        productSlug: embed.productSlug,
        quantity,
        price,
        ...embed.links(result.id),
      };
      embed.post({ type, ...saved });
      return { ok: true, saved };
    },
    [embed, store, template, save, blocking],
  );
}

function safeQuote(make: () => Quote): Quote | null {
  try {
    return make();
  } catch {
    return null;
  }
}
