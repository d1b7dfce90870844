import { z } from 'zod';
import { plainText } from '../plain-text';

// What a brand's font upload may be: shared by the studio's form and the server.

/** The largest font file accepted, in bytes. */
export const MAX_FONT_BYTES = 8 * 1024 * 1024;
/** The file types the studio's file picker offers. */
export const FONT_ACCEPT = '.ttf,.otf,.woff,.woff2,font/ttf,font/otf,font/woff,font/woff2';

/** The licence note a brand must give with each font. */
export const licenceNoteSchema = plainText('Write the licence note as plain text.').pipe(
  z
    .string()
    .min(3, {
      error:
        'Say under which licence you may use this font on products you sell (for example “SIL Open Font License 1.1”).',
    })
    .max(500, { error: 'Keep the licence note under 500 characters.' }),
);

/** A stored brand font, as the studio lists it. */
export type BrandFontSummary = {
  id: string;
  family: string;
  style: string;
  fileName: string;
  format: string;
  bytes: number;
  glyphCount: number;
  licenceNote: string;
  createdAt: string;
};
