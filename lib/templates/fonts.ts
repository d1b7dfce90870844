// The fonts a zone may allow. Every file ships in public/fonts (SIL Open Font License,
// copied from the @fontsource packages), so preview and print never fetch a font.

export type FontFace = {
  id: string;
  family: string;
  weight: number;
  style: 'normal' | 'italic';
  /** Path under public/, served as-is and read from disk by the renderer. */
  file: string;
  category: 'sans' | 'serif' | 'script' | 'display';
};

export const FONTS: readonly FontFace[] = [
  {
    id: 'inter-regular',
    family: 'Inter',
    weight: 400,
    style: 'normal',
    file: 'fonts/inter-latin-400-normal.woff',
    category: 'sans',
  },
  {
    id: 'inter-bold',
    family: 'Inter',
    weight: 700,
    style: 'normal',
    file: 'fonts/inter-latin-700-normal.woff',
    category: 'sans',
  },
  {
    id: 'roboto-slab-regular',
    family: 'Roboto Slab',
    weight: 400,
    style: 'normal',
    file: 'fonts/roboto-slab-latin-400-normal.woff',
    category: 'serif',
  },
  {
    id: 'roboto-slab-bold',
    family: 'Roboto Slab',
    weight: 700,
    style: 'normal',
    file: 'fonts/roboto-slab-latin-700-normal.woff',
    category: 'serif',
  },
  {
    id: 'pacifico',
    family: 'Pacifico',
    weight: 400,
    style: 'normal',
    file: 'fonts/pacifico-latin-400-normal.woff',
    category: 'script',
  },
  {
    id: 'oswald-medium',
    family: 'Oswald',
    weight: 500,
    style: 'normal',
    file: 'fonts/oswald-latin-500-normal.woff',
    category: 'display',
  },
];

/** A brand font's id: the sha256 of its stored file (lib/server/brand-fonts). */
export const isBrandFontId = (id: string): boolean => /^[0-9a-f]{64}$/.test(id);

/** Where a brand font's file is served (app/api/fonts/[id]); the server reads it from storage. */
export const brandFontFile = (id: string): string => `api/fonts/${id}`;

/** The file of a shipped or brand font (a path under the site root), or undefined. */
export function fontFile(id: string): string | undefined {
  return findFont(id)?.file ?? (isBrandFontId(id) ? brandFontFile(id) : undefined);
}

/** Looks a font up by id; undefined when the id is not one the app ships. */
export function findFont(id: string): FontFace | undefined {
  return FONTS.find((font) => font.id === id);
}
