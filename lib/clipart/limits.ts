// What a brand's SVG clipart may be: shared by the studio's form, the server's sanitizer and the
// configurator's picker (zod-free: the upload's schema is in ./upload-schema.ts).

/** The largest SVG file accepted, in bytes. */
export const MAX_CLIPART_BYTES = 512 * 1024;
/** The most elements an SVG may hold. */
export const MAX_CLIPART_ELEMENTS = 5000;
/** The most colours kept: more are merged with their nearest neighbour. */
export const MAX_PALETTE = 8;

/** Clipart categories, in the order the studio and the configurator show them. */
export const CLIPART_CATEGORIES = [
  'Love',
  'Celebration',
  'Nature',
  'Animals',
  'Sports',
  'Travel',
  'Brand',
] as const;
export type ClipartCategory = (typeof CLIPART_CATEGORIES)[number];

/** A sanitized, normalized SVG and what the configurator needs to know about its colours. */
export type CleanSvg = {
  svg: string;
  viewBox: [number, number, number, number];
  /** Distinct colours, lower-case #rrggbb, most used first. */
  palette: string[];
  /** One colour (or none): fit for engraving and embroidery zones as it is. */
  singleColour: boolean;
};
