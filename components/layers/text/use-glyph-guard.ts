'use client';
import { useState } from 'react';
import { useRenderContext } from '@/components/configurator/render-context';
import { missingCharacters, nameCharacters, withoutMissing } from '@/lib/layers/text/glyphs';
import type { TextLayer } from '@/lib/layers/text/schema';

/**
 * The glyph guard as the shopper types: what the layer's font cannot draw is left out of the
 * text, and the message names it. Before the font has loaded (or after a change of font) the
 * text may hold such characters: the message names them and validation blocks saving, as the
 * server does.
 */
export function useGlyphGuard(layer: TextLayer): { guard: (text: string) => string; message?: string } {
  const font = useRenderContext().ctx?.fonts.font(layer.fontId);
  const [refused, setRefused] = useState<string[]>([]);
  const guard = (value: string) => {
    if (!font) return value;
    const { text, removed } = withoutMissing(value, font);
    // The message stays while the shopper types on, until something else is refused.
    if (removed.length > 0) setRefused(removed);
    return text;
  };
  const present = font ? missingCharacters(layer.text, font) : [];
  const them = (list: string[]) => (list.length > 1 ? 'them' : 'it');
  if (present.length > 0)
    return {
      guard,
      message: `This font cannot write ${nameCharacters(present)}. Remove ${them(present)} or choose another font.`,
    };
  if (refused.length > 0)
    return {
      guard,
      message: `This font cannot write ${nameCharacters(refused)}, so ${refused.length > 1 ? 'they were' : 'it was'} left out.`,
    };
  return { guard };
}
