// Product kinds as brands read them. Kept apart from the starters so that browser code naming a
// kind does not ship the seed documents.
import type { ProductKind } from '../kinds/kind';

type KindInfo = {
  label: string;
  /** One line for the kind picker: what the kind is and what the brand will set. */
  summary: string;
  /** The parts of the 3D model an option's choices can dress (components/scene/models). */
  parts: ReadonlyArray<{ id: string; label: string }>;
};

const KINDS: Record<ProductKind, KindInfo> = {
  'phone-case': {
    label: 'Phone case',
    summary:
      'A protective case with a printed back. You set the device size, walls and camera cut-out in mm.',
    parts: [
      { id: 'case', label: 'Case back' },
      { id: 'sides', label: 'Case sides' },
    ],
  },
  mug: {
    label: 'Mug',
    summary: 'A ceramic mug with a wrap-around print. You set diameter, height and handle in mm.',
    parts: [
      { id: 'body', label: 'Outside wall' },
      { id: 'inside', label: 'Inside and handle' },
    ],
  },
  tee: {
    label: 'T-shirt',
    summary: 'A crew-neck tee in graded sizes with a front print. You set the points of measure per size.',
    parts: [{ id: 'fabric', label: 'Fabric' }],
  },
  jeans: {
    label: 'Jeans',
    summary: 'Five-pocket jeans in waist and length sizes with back-pocket embroidery.',
    parts: [
      { id: 'fabric', label: 'Denim' },
      { id: 'thread', label: 'Stitching thread' },
      { id: 'hardware', label: 'Rivets and button' },
      { id: 'patch', label: 'Leather patch' },
    ],
  },
  tote: {
    label: 'Tote bag',
    summary: 'A canvas tote with a gusset and two handles, printed front and back. You set panels, gusset and handles in mm.',
    parts: [{ id: 'fabric', label: 'Canvas and handles' }],
  },
};

/** The kinds a brand can start from, in the order the picker shows them. */
export const PRODUCT_KINDS: ReadonlyArray<{ kind: ProductKind; label: string; summary: string }> = (
  Object.entries(KINDS) as Array<[ProductKind, KindInfo]>
).map(([kind, k]) => ({ kind, label: k.label, summary: k.summary }));

/** "T-shirt" for "tee", and so on; unknown kinds (an old draft) are shown as they are. */
export function kindLabel(kind: string): string {
  return (KINDS as Record<string, { label: string } | undefined>)[kind]?.label ?? kind;
}

/** The parts of a kind's model that options can dress; none for a kind this build does not know. */
export function partsOf(kind: string): KindInfo['parts'] {
  return (KINDS as Record<string, KindInfo | undefined>)[kind]?.parts ?? [];
}
