'use client';

import { useMemo, useRef } from 'react';
import type { Layer } from '@/lib/design/schema';
import { layerSize } from '@/lib/render/layer-geometry';
import { bleedBox, elementsSvg, zoneElements, type RenderContext } from '@/lib/render/zone-svg';
import type { Zone } from '@/lib/templates/schema';
import { describeLayer } from './describe-layer';
import type { ZoneEditorPatch } from './geometry';
import { useEngravedLook } from './use-engraved-look';
import { useKeyboardEditing } from './use-keyboard-editing';
import { useMmPerPixel } from './use-mm-per-pixel';
import { usePointerGestures } from './use-pointer-gestures';
import { ZoneOverlay } from './zone-overlay';
import styles from './zone-editor.module.css';

export type { ZoneEditorPatch } from './geometry';

export type ZoneEditorProps = {
  zone: Zone;
  /** Bottom first. */
  layers: Layer[];
  /** Fonts and images (image hrefs are data: URLs). */
  ctx: RenderContext;
  selectedLayerId: string | null;
  onSelect: (layerId: string | null) => void;
  /** A change to one layer. `gesture` is the same for every update of one drag or key burst: merge them into one undo step. */
  onChange: (layerId: string, patch: ZoneEditorPatch, gesture: string) => void;
  /** The product colour under the artwork (e.g. the tee's navy), so light ink stays visible. */
  background?: string;
};

/** The editor never grows taller than this (CSS px); wide zones fill the width instead. */
const MAX_HEIGHT_PX = 420;

/** The 2D layout editor for one zone: move, scale and rotate its layers by pointer or keyboard. */
export function ZoneEditor({
  zone,
  layers,
  ctx,
  selectedLayerId,
  onSelect,
  onChange,
  background,
}: ZoneEditorProps) {
  const overlayRef = useRef<SVGSVGElement>(null);
  const box = bleedBox(zone);
  const mmPerPx = useMmPerPixel(overlayRef, zone) ?? box.widthMm / 360;
  const elements = useEngravedLook(
    zone,
    useMemo(() => zoneElements(zone, layers, ctx), [zone, layers, ctx]),
  );
  const markup = useMemo(
    () => elementsSvg(zone, elements, { guides: true, background }),
    [zone, elements, background],
  );
  const sizes = useMemo(() => new Map(layers.map((l) => [l.id, layerSize(l, ctx)])), [layers, ctx]);
  const { handlers, snap } = usePointerGestures({ zone, layers, selectedLayerId, onSelect, onChange });
  const onKeyDown = useKeyboardEditing({ zone, layers, selectedLayerId, onSelect, onChange });

  const selectedIndex = layers.findIndex((l) => l.id === selectedLayerId);
  const selected = layers[selectedIndex];
  const status = describeLayer(selected, selected && sizes.get(selected.id), {
    index: selectedIndex,
    count: layers.length,
  });
  const pct = (mm: number, of: number) => `${(mm / of) * 100}%`;
  const trim = {
    left: pct(zone.bleedMm, box.widthMm),
    top: pct(zone.bleedMm, box.heightMm),
    width: pct(zone.rect.widthMm, box.widthMm),
    height: pct(zone.rect.heightMm, box.heightMm),
  };
  const label =
    `Layout editor for ${zone.name}. Arrow keys move the selected layer by 1 mm, Shift+arrow by 10 mm, ` +
    `+ and - resize, [ and ] rotate by 5°, Page Up and Page Down (or Alt+Up and Alt+Down) choose another layer, ` +
    `Escape deselects.`;

  return (
    <div className={styles.frame}>
      <div
        className={styles.editor}
        style={{
          aspectRatio: `${box.widthMm} / ${box.heightMm}`,
          ['--editor-width' as string]: `min(100%, ${(MAX_HEIGHT_PX * box.widthMm) / box.heightMm}px)`,
        }}
        tabIndex={0}
        role="application"
        aria-label={label}
        onKeyDown={onKeyDown}
      >
        <div className={styles.trim} style={trim} aria-hidden />
        <div className={styles.artwork} aria-hidden dangerouslySetInnerHTML={{ __html: markup }} />
        <ZoneOverlay
          ref={overlayRef}
          zone={zone}
          layers={layers}
          sizes={sizes}
          selectedLayerId={selectedLayerId}
          mmPerPx={mmPerPx}
          snap={snap}
          handlers={handlers}
        />
      </div>
      <p className={styles.status} aria-live="polite">
        {status}
      </p>
    </div>
  );
}
