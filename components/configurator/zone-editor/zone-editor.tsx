'use client';

import { useMemo, useRef } from 'react';
import type { Layer } from '@/lib/design/schema';
import { layerSize } from '@/lib/render/layer-geometry';
import { bleedBox, elementsSvg, zoneElements, type RenderContext } from '@/lib/render/zone-svg';
import type { Zone } from '@/lib/templates/schema';
import { describeLayer } from './describe-layer';
import { isLocked } from '@/lib/design/layer-ops';
import type { LayerCommand, ZoneEditorPatch } from './geometry';
import { useEngravedLook } from './use-engraved-look';
import { useKeyboardEditing } from './use-keyboard-editing';
import { useMmPerPixel } from './use-mm-per-pixel';
import { usePointerGestures } from './use-pointer-gestures';
import { ZoneOverlay } from './zone-overlay';
import styles from './zone-editor.module.css';

export type { LayerCommand, ZoneEditorPatch } from './geometry';

export type ZoneEditorProps = {
  zone: Zone;
  /** Bottom first. */
  layers: Layer[];
  /** Fonts and images (image hrefs are data: URLs). */
  ctx: RenderContext;
  /** The selected layers, in the order they were picked (the last one is described). */
  selectedIds: string[];
  onSelect: (layerIds: string[]) => void;
  /** Changes to some layers. `gesture` is the same for every update of one drag or key burst: merge them into one undo step. */
  onChange: (patches: Record<string, ZoneEditorPatch>, gesture: string) => void;
  /** Arrange, duplicate, lock or delete the selected layers (from the keyboard). */
  onCommand: (command: LayerCommand) => void;
  /** The product colour under the artwork (e.g. the tee's navy), so light ink stays visible. */
  background?: string;
};

/** The editor never grows taller than this (CSS px); wide zones fill the width instead. */
const MAX_HEIGHT_PX = 420;

/**
 * The 2D layout editor for one zone: select one or several layers, move them (snapping to the
 * zone's and each other's edges and centres), scale and rotate them, by pointer or keyboard.
 */
export function ZoneEditor({
  zone,
  layers,
  ctx,
  selectedIds,
  onSelect,
  onChange,
  onCommand,
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
  const editing = { zone, layers, selectedIds, onSelect, onChange, onCommand };
  const { handlers, guides } = usePointerGestures({ ...editing, sizes, mmPerPx });
  const onKeyDown = useKeyboardEditing(editing);

  const selectedIndex = layers.findIndex((l) => l.id === selectedIds.at(-1));
  const selected = layers[selectedIndex];
  const others = selectedIds.filter((id) => layers.some((l) => l.id === id)).length - 1;
  const status = [
    describeLayer(selected, selected && sizes.get(selected.id), {
      index: selectedIndex,
      count: layers.length,
    }),
    selected && isLocked(selected) ? 'Locked.' : '',
    others > 0 ? `${others + 1} layers selected.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const pct = (mm: number, of: number) => `${(mm / of) * 100}%`;
  const trim = {
    left: pct(zone.bleedMm, box.widthMm),
    top: pct(zone.bleedMm, box.heightMm),
    width: pct(zone.rect.widthMm, box.widthMm),
    height: pct(zone.rect.heightMm, box.heightMm),
  };
  const label =
    `Layout editor for ${zone.name}. Arrow keys move the selected layers by 1 mm, Shift+arrow by 10 mm, ` +
    `+ and - resize, comma and period rotate by 5°, ] and [ bring forward and send backward, ` +
    `Page Up and Page Down (or Alt+Up and Alt+Down) choose another layer, Escape deselects. ` +
    `See Keyboard shortcuts for the rest.`;

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
          selectedIds={selectedIds}
          mmPerPx={mmPerPx}
          guides={guides}
          handlers={handlers}
        />
      </div>
      <p className={styles.status} aria-live="polite">
        {status}
      </p>
    </div>
  );
}
