'use client';
import { useRenderContext } from '@/components/configurator/render-context';
import { fontName } from '@/lib/templates/field-labels';
import { findFont } from '@/lib/templates/fonts';

/** Names fonts for a select: shipped ones by their family, brand ones by the name in the file. */
export function useFontLabel(): (id: string) => string {
  const { ctx } = useRenderContext();
  return (id) => {
    if (findFont(id)) return fontName(id);
    const names = ctx?.fonts.font(id)?.names;
    return names?.fullName?.en ?? names?.fontFamily?.en ?? 'Brand font';
  };
}
