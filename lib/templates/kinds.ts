// Product kinds as brands read them. Kept apart from the starters so that browser code naming a
// kind does not ship the seed documents.
import type { ProductKind } from './geometry-schema';

const KINDS: Record<ProductKind, { label: string; summary: string }> = {
  'phone-case': { label: 'Phone case', summary: 'A protective case with a printed back. You set the device size, walls and camera cut-out in mm.' },
  mug: { label: 'Mug', summary: 'A ceramic mug with a wrap-around print. You set diameter, height and handle in mm.' },
  tee: { label: 'T-shirt', summary: 'A crew-neck tee in graded sizes with a front print. You set the points of measure per size.' },
  jeans: { label: 'Jeans', summary: 'Five-pocket jeans in waist and length sizes with back-pocket embroidery.' },
};

/** The kinds a brand can start from, in the order the picker shows them. */
export const PRODUCT_KINDS: ReadonlyArray<{ kind: ProductKind; label: string; summary: string }> = (
  Object.entries(KINDS) as Array<[ProductKind, { label: string; summary: string }]>
).map(([kind, k]) => ({ kind, ...k }));

/** "T-shirt" for "tee", and so on; unknown kinds (an old draft) are shown as they are. */
export function kindLabel(kind: string): string {
  return (KINDS as Record<string, { label: string } | undefined>)[kind]?.label ?? kind;
}
