'use client';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  keyboardEdit,
  layoutSurfaces,
  moveRect,
  placedRect,
  resizeRect,
  storedRect,
  type LaidOutSurface,
} from '@/lib/studio/surface-layout';
import { surfacesFor } from '@/lib/templates/geometry';
import { geometrySchema } from '@/lib/kinds/schemas';
import { formatMm } from '@/lib/units';
import { useDraft, useDraftStore, useIssues } from '../editor/draft-context';
import { useSurfacePointer } from './use-surface-pointer';
import { labelText, SurfaceBackdrop } from './surface-backdrop';
import { ZoneShape } from './zone-shape';
import s from './surface-editor.module.css';

const NO_MEASUREMENTS: Record<string, number> = {};
const MAX_DRAWING_PX = 400;

/** The selected size's unwrapped surfaces, to scale, with keep-outs and the zones on them. */
export function SurfaceEditor({ variantId }: { variantId: string }) {
  const store = useDraftStore();
  const geometry = useDraft((st) => st.doc.geometry);
  const zones = useDraft((st) => st.doc.zones);
  const variant = useDraft(
    (st) => st.doc.sizes.variants.find((v) => v.id === variantId) ?? st.doc.sizes.variants[0],
  );
  const selectedZoneId = useDraft((st) => st.selectedZoneId);
  const { grouped } = useIssues();
  const measurements = variant?.measurements ?? NO_MEASUREMENTS;
  const surfaces = useMemo(() => {
    const parsed = geometrySchema.safeParse(geometry);
    return parsed.success
      ? surfacesFor(parsed.data, measurements).filter((x) => x.widthMm > 0 && x.heightMm > 0)
      : [];
  }, [geometry, measurements]);
  const layout = useMemo(() => layoutSurfaces(surfaces), [surfaces]);
  const svg = useRef<SVGSVGElement>(null);
  const [pxWidth, setPxWidth] = useState(600);
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => entry && setPxWidth(entry.contentRect.width || 600));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // Millimetres per screen pixel: the drawing fills the width, or 400 px of height when tall.
  const mmPerPx = Math.max(layout.widthMm / pxWidth, layout.heightMm / MAX_DRAWING_PX);
  const label = 12 * mmPerPx;
  const pad = 10 * mmPerPx;
  const top = label * 2;
  // Room for the labels, which may be wider than a narrow surface.
  const labelsEnd = Math.max(
    ...layout.surfaces.map((x) => x.offsetXMm + labelText(x).length * label * 0.56),
    layout.widthMm,
  );
  const viewWidth = labelsEnd + 2 * pad;
  const pointer = useSurfacePointer(svg, layout.surfaces, zones, measurements, mmPerPx);

  const describe = (surface: LaidOutSurface, rect: ReturnType<typeof placedRect>) =>
    `${formatMm(rect.widthMm)} wide, ${formatMm(rect.heightMm)} high, ${formatMm(rect.xMm)} from the left and ${formatMm(rect.yMm)} from the top of the ${surface.name.toLowerCase()}`;

  const onKey = (index: number, surface: LaidOutSurface) => (e: KeyboardEvent<SVGGElement>) => {
    const zone = zones[index];
    const edit = keyboardEdit(e.key, e.shiftKey, e.altKey);
    if (!zone || !edit) return;
    e.preventDefault();
    const placed = placedRect(zone.rect, zone.anchor ?? 'top-left', surface);
    const next = edit.handle
      ? resizeRect(placed, edit.handle, edit.dx, edit.dy, surface, 0.1)
      : moveRect(placed, edit.dx, edit.dy, surface, 0.1);
    store
      .getState()
      .edit(
        ['zones', index, 'rect'],
        storedRect(next, zone.anchor ?? 'top-left', surface),
        `keys-${zone.id}`,
      );
  };

  const selected = zones.find((z) => z.id === selectedZoneId);
  const selectedSurface = layout.surfaces.find((x) => x.id === selected?.surface);
  return (
    <div className={s.frame}>
      <svg
        ref={svg}
        className={s.svg}
        viewBox={`${-pad} ${-top} ${viewWidth} ${layout.heightMm + top + pad}`}
        style={{ maxHeight: MAX_DRAWING_PX + (top + pad) / mmPerPx }}
        role="group"
        aria-label={`Printable surfaces${variant ? ` in size ${variant.label}` : ''}, drawn to scale`}
        {...pointer.handlers}
      >
        <defs>
          <pattern
            id="keep-out-hatch"
            width={6 * mmPerPx}
            height={6 * mmPerPx}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width={6 * mmPerPx} height={6 * mmPerPx} fill="#e9e4dc" />
            <line x1={0} y1={0} x2={0} y2={6 * mmPerPx} stroke="#a9a29a" strokeWidth={2 * mmPerPx} />
          </pattern>
        </defs>
        {layout.surfaces.map((surface) => (
          <g key={surface.id} transform={`translate(${surface.offsetXMm} 0)`} data-surface-id={surface.id}>
            <SurfaceBackdrop surface={surface} labelMm={label} snapped={pointer.snapped === surface.id} />
            {zones.map((zone, i) =>
              zone.surface !== surface.id ? null : (
                <ZoneShape
                  key={zone.id + i}
                  index={i}
                  name={zone.name || `Zone ${i + 1}`}
                  placed={placedRect(zone.rect, zone.anchor ?? 'top-left', surface)}
                  bleedMm={zone.bleedMm}
                  safeMm={zone.safeMm}
                  selected={zone.id === selectedZoneId}
                  invalid={(grouped.byField.get(`zones.${i}.rect`) ?? []).length > 0}
                  mmPerPx={mmPerPx}
                  description={describe(surface, placedRect(zone.rect, zone.anchor ?? 'top-left', surface))}
                  onSelect={() => store.getState().selectZone(zone.id)}
                  onKeyDown={onKey(i, surface)}
                />
              ),
            )}
            {pointer.drawing?.surfaceId === surface.id && (
              <rect
                className={s.drawing}
                x={pointer.drawing.rect.xMm}
                y={pointer.drawing.rect.yMm}
                width={pointer.drawing.rect.widthMm}
                height={pointer.drawing.rect.heightMm}
                vectorEffect="non-scaling-stroke"
              />
            )}
          </g>
        ))}
      </svg>
      <p className={s.status} aria-live="polite">
        {selected && selectedSurface
          ? `${selected.name}: ${describe(selectedSurface, placedRect(selected.rect, selected.anchor ?? 'top-left', selectedSurface))}.`
          : 'No zone selected.'}
      </p>
      <p className={s.help}>
        Drag on a surface to draw a new zone. Drag a zone to move it, its handles to resize it. With a zone
        focused, the arrow keys move it by 1 mm (Shift: 10 mm) and Alt + arrow keys resize it. Hatched areas
        are kept clear of artwork.
      </p>
    </div>
  );
}
