import type { ClipartItem } from '@/lib/clipart/library';
import { segmentsPathData } from '@/lib/clipart/paths';
import { drawingOf } from '@/lib/layers/clipart/art';

/**
 * A clipart drawn from its parsed parts (never its SVG text as markup): one-colour artwork in
 * the text colour, the rest in its own colours.
 */
export function ClipartThumb({ item, size = 40 }: { item: ClipartItem; size?: number }) {
  const drawing = drawingOf(item);
  if (!drawing) return null;
  const paint = (colour: string) => (item.singleColour ? 'currentColor' : colour);
  return (
    <svg viewBox={drawing.viewBox.join(' ')} width={size} height={size} aria-hidden="true" focusable="false">
      {drawing.parts.map((part, i) => (
        <path
          key={i}
          d={segmentsPathData(part.segments, 1, 0, 0)}
          fill={part.fill ? paint(part.fill) : 'none'}
          fillRule={part.evenOdd ? 'evenodd' : undefined}
          stroke={part.stroke ? paint(part.stroke.colour) : undefined}
          strokeWidth={part.stroke?.width}
          strokeLinecap={part.stroke?.round ? 'round' : undefined}
          strokeLinejoin="round"
        />
      ))}
    </svg>
  );
}
