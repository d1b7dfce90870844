import type { LaidOutSurface } from '@/lib/studio/surface-layout';
import s from './surface-editor.module.css';

const round = (n: number) => Math.round(n * 10) / 10;

/** A surface's label as drawn above it: "Front panel · 508 × 736.6 mm". */
export const labelText = (x: { name: string; widthMm: number; heightMm: number }) =>
  `${x.name} · ${round(x.widthMm)} × ${round(x.heightMm)} mm`;

type Props = { surface: LaidOutSurface; labelMm: number; snapped: boolean };

/** One surface under its zones: its name and size, its centre line and its hatched keep-outs. */
export function SurfaceBackdrop({ surface, labelMm, snapped }: Props) {
  return (
    <>
      <text className={s.label} x={0} y={-labelMm * 0.6} fontSize={labelMm}>
        {labelText(surface)}
      </text>
      <rect
        className={s.surface}
        width={surface.widthMm}
        height={surface.heightMm}
        vectorEffect="non-scaling-stroke"
      />
      <line
        className={snapped ? s.centreSnapped : s.centre}
        x1={surface.widthMm / 2}
        x2={surface.widthMm / 2}
        y1={0}
        y2={surface.heightMm}
        vectorEffect="non-scaling-stroke"
      />
      {surface.keepOuts.map((k, i) => (
        <rect
          key={i}
          className={s.keepOut}
          x={k.xMm}
          y={k.yMm}
          width={k.widthMm}
          height={k.heightMm}
          fill="url(#keep-out-hatch)"
          vectorEffect="non-scaling-stroke"
        >
          <title>Kept clear: {k.reason}</title>
        </rect>
      ))}
    </>
  );
}
