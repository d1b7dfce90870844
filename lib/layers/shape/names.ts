// The shapes a shape layer can be, without its schema: the editor's list needs only the names.
export const SHAPES = ['rectangle', 'rounded-rectangle', 'ellipse', 'line', 'star', 'heart'] as const;
export type ShapeName = (typeof SHAPES)[number];

/** Each shape's name for people. */
export const SHAPE_LABELS: Record<ShapeName, string> = {
  rectangle: 'Rectangle',
  'rounded-rectangle': 'Rounded rectangle',
  ellipse: 'Ellipse',
  line: 'Line',
  star: 'Star',
  heart: 'Heart',
};
