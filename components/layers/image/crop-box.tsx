'use client';
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { ImageCrop } from '@/lib/layers/image/schema';
import t from './image-tools.module.css';

type Props = {
  /** The upload's preview copy (a data: URL). */
  href: string;
  aspect: number;
  crop: ImageCrop;
  onChange: (crop: ImageCrop) => void;
};

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const MIN = 0.01;

/** The crop moved by (dx, dy) or, resizing, its size changed by them, kept inside the picture. */
function moved(crop: ImageCrop, dx: number, dy: number, resize: boolean): ImageCrop {
  if (resize) {
    const w = clamp(crop.w + dx, MIN, 1 - crop.x);
    const h = clamp(crop.h + dy, MIN, 1 - crop.y);
    return { ...crop, w, h };
  }
  return { ...crop, x: clamp(crop.x + dx, 0, 1 - crop.w), y: clamp(crop.y + dy, 0, 1 - crop.h) };
}

/**
 * The whole upload as uploaded (before turns and flips), the kept part outlined and bright: drag the box to move it, its corner to resize
 * it; with the keyboard, arrows move it and Shift + arrows resize it (1 % a step).
 */
export function CropBox({ href, aspect, crop, onChange }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; y: number; crop: ImageCrop; resize: boolean } | null>(null);
  const start = (e: PointerEvent<HTMLElement>, resize: boolean) => {
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, y: e.clientY, crop, resize };
  };
  const move = (e: PointerEvent) => {
    const d = drag.current;
    const box = frame.current?.getBoundingClientRect();
    if (!d || !box) return;
    onChange(moved(d.crop, (e.clientX - d.x) / box.width, (e.clientY - d.y) / box.height, d.resize));
  };
  const keys: Record<string, [number, number]> = {
    ArrowLeft: [-0.01, 0],
    ArrowRight: [0.01, 0],
    ArrowUp: [0, -0.01],
    ArrowDown: [0, 0.01],
  };
  const onKey = (e: KeyboardEvent) => {
    const step = keys[e.key];
    if (!step) return;
    e.preventDefault();
    onChange(moved(crop, step[0], step[1], e.shiftKey));
  };
  const pct = (v: number) => `${v * 100}%`;
  return (
    <div ref={frame} className={t.cropFrame} style={{ aspectRatio: String(aspect) }}>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL of the upload, not a page image */}
      <img src={href} alt="" className={t.cropPicture} draggable={false} />
      <div
        role="application"
        aria-roledescription="crop box"
        tabIndex={0}
        aria-label={`Crop box: ${Math.round(crop.w * 100)} % by ${Math.round(crop.h * 100)} % of the picture. Arrows move it, Shift and arrows resize it.`}
        className={t.cropBox}
        style={{ left: pct(crop.x), top: pct(crop.y), width: pct(crop.w), height: pct(crop.h) }}
        onKeyDown={onKey}
        onPointerDown={(e) => start(e, false)}
        onPointerMove={move}
        onPointerUp={() => (drag.current = null)}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- the kept part, at full strength */}
        <img
          src={href}
          alt=""
          className={t.cropKept}
          draggable={false}
          style={{
            width: pct(1 / crop.w),
            height: pct(1 / crop.h),
            left: pct(-crop.x / crop.w),
            top: pct(-crop.y / crop.h),
          }}
        />
        <span
          className={t.cropHandle}
          aria-hidden="true"
          onPointerDown={(e) => start(e, true)}
          onPointerMove={move}
          onPointerUp={() => (drag.current = null)}
        />
      </div>
    </div>
  );
}
