'use client';
import { useRef, useState } from 'react';
import type { ModelGeometry } from '@/lib/kinds/model/schema';
import type { UvRect } from '@/lib/kinds/model/uv-mesh';
import { measureZone, type Measured } from './measure';

/** The print area being placed, shared by the UV view, its number fields and the 3D view. */
export type ZoneRect = {
  rect: UvRect | null;
  /** The measurement of `rect` on the model, or null while it is measured (or not yet). */
  measured: Measured | null;
  /** Whether an answer came for this model, unit and mesh (else "Measure again" is offered). */
  answered: boolean;
  /** Moves or draws the rectangle; it is measured when the brand lets go (`done`). */
  place: (rect: UvRect, done: boolean) => void;
  measure: (rect: UvRect) => Promise<void>;
  clear: () => void;
};

/** The print area's rectangle on `mesh` and its measurement, which holds for one model, unit and mesh. */
export function useZoneRect(g: ModelGeometry | null, mesh: string | null): ZoneRect {
  const [rect, setRect] = useState<UvRect | null>(null);
  const [result, setResult] = useState<{ key: string; measured: Measured } | null>(null);
  const asked = useRef(0);
  const key = `${g?.model.sha256}:${g?.scaleToMm}:${mesh}`;
  const measured = result?.key === key ? result.measured : null;
  const measure = async (r: UvRect) => {
    if (!g || !mesh) return;
    const ask = ++asked.current;
    setResult(null);
    const answer = await measureZone(g.model.sha256, mesh, r, g.scaleToMm);
    if (ask === asked.current) setResult({ key, measured: answer });
  };
  return {
    rect,
    measured,
    answered: result !== null,
    place: (r, done) => {
      setRect(r);
      if (done) void measure(r);
    },
    measure,
    clear: () => {
      asked.current++;
      setRect(null);
      setResult(null);
    },
  };
}
