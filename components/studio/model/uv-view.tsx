'use client';
import { useRef, useState, type PointerEvent } from 'react';
import type { UvRect } from '@/lib/kinds/model/uv-mesh';
import type { ModelMesh } from '@/lib/models/upload';
import m from './model.module.css';

type Props = {
  mesh: ModelMesh;
  /** The base colour texture under the layout, when the mesh's material has one. */
  texture?: string | null;
  surfaces: Array<{ id: string; label: string; uv: UvRect }>;
  rect: UvRect | null;
  refused: boolean;
  onRect: (rect: UvRect, done: boolean) => void;
};

const S = 1000;
const clamp = (x: number) => Math.min(1, Math.max(0, x));
const order = (a: number, b: number) => [Math.min(a, b), Math.max(a, b)] as const;

function outlinePath(outline: number[]): string {
  let d = '';
  for (let i = 0; i + 3 < outline.length; i += 4)
    d += `M${outline[i]! * S} ${outline[i + 1]! * S}L${outline[i + 2]! * S} ${outline[i + 3]! * S}`;
  return d;
}

/**
 * A mesh's UV layout (v down, as glTF and the texture image), its islands outlined over the
 * base texture, the surfaces already mapped, and the zone rectangle: drag across the layout to
 * draw it, drag it to move it.
 */
export function UvView({ mesh, texture, surfaces, rect, refused, onRect }: Props) {
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{
    mode: 'draw' | 'move';
    u: number;
    v: number;
    start: UvRect | null;
  } | null>(null);
  const at = (e: PointerEvent) => {
    const box = svg.current!.getBoundingClientRect();
    return { u: clamp((e.clientX - box.left) / box.width), v: clamp((e.clientY - box.top) / box.height) };
  };
  const next = (e: PointerEvent): UvRect | null => {
    if (!drag) return null;
    const p = at(e);
    if (drag.mode === 'draw') {
      const [u0, u1] = order(drag.u, p.u);
      const [v0, v1] = order(drag.v, p.v);
      return { u0, v0, u1, v1 };
    }
    const s = drag.start!;
    const du = Math.min(1 - s.u1, Math.max(-s.u0, p.u - drag.u));
    const dv = Math.min(1 - s.v1, Math.max(-s.v0, p.v - drag.v));
    return { u0: s.u0 + du, v0: s.v0 + dv, u1: s.u1 + du, v1: s.v1 + dv };
  };
  return (
    <svg
      ref={svg}
      className={m.uv}
      viewBox={`0 0 ${S} ${S}`}
      role="img"
      aria-label={`UV layout of ${mesh.name}`}
      onPointerDown={(e) => {
        const p = at(e);
        svg.current!.setPointerCapture(e.pointerId);
        const inside = rect && p.u > rect.u0 && p.u < rect.u1 && p.v > rect.v0 && p.v < rect.v1;
        setDrag({ mode: inside ? 'move' : 'draw', ...p, start: rect });
      }}
      onPointerMove={(e) => {
        const r = next(e);
        if (r) onRect(r, false);
      }}
      onPointerUp={(e) => {
        const r = next(e);
        setDrag(null);
        if (r && r.u1 - r.u0 > 0.002 && r.v1 - r.v0 > 0.002) onRect(r, true);
      }}
    >
      {texture && (
        <image href={texture} x={0} y={0} width={S} height={S} preserveAspectRatio="none" opacity={0.6} />
      )}
      {mesh.islands.map((island, i) => (
        <g key={i}>
          <rect
            className={m.island}
            x={island.rect.u0 * S}
            y={island.rect.v0 * S}
            width={(island.rect.u1 - island.rect.u0) * S}
            height={(island.rect.v1 - island.rect.v0) * S}
          />
          <path className={m.outline} d={outlinePath(island.outline)} />
        </g>
      ))}
      {surfaces.map((s) => (
        <rect
          key={s.id}
          className={m.surface}
          x={s.uv.u0 * S}
          y={s.uv.v0 * S}
          width={(s.uv.u1 - s.uv.u0) * S}
          height={(s.uv.v1 - s.uv.v0) * S}
        >
          <title>{s.label}</title>
        </rect>
      ))}
      {rect && (
        <rect
          className={`${m.pending} ${refused ? m.refused : ''}`}
          x={rect.u0 * S}
          y={rect.v0 * S}
          width={(rect.u1 - rect.u0) * S}
          height={(rect.v1 - rect.v0) * S}
          data-testid="zone-rect"
        />
      )}
    </svg>
  );
}
