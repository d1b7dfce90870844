import type { PointerEventHandler, Ref } from 'react';
import { isLocked } from '@/lib/design/layer-ops';
import type { Layer } from '@/lib/design/schema';
import { layerCorners, type LayerSize } from '@/lib/render/layer-geometry';
import { bleedBox } from '@/lib/render/zone-svg';
import type { Zone } from '@/lib/templates/schema';
import { SelectionHandles } from './selection-handles';
import type { Guides } from './use-pointer-gestures';
import styles from './zone-editor.module.css';

type PointerHandlers = Record<
  'onPointerDown' | 'onPointerMove' | 'onPointerUp' | 'onPointerCancel' | 'onLostPointerCapture',
  PointerEventHandler<SVGSVGElement>
>;

type Props = {
  ref: Ref<SVGSVGElement>;
  zone: Zone;
  layers: Layer[];
  sizes: Map<string, LayerSize | undefined>;
  selectedIds: string[];
  mmPerPx: number;
  guides: Guides;
  handlers: PointerHandlers;
};

/** Extra reach (CSS px) around each layer's hit area, so thin text and small images are easy to grab. */
const HIT_PAD_PX = 6;

const points = (layer: Layer, size: LayerSize) =>
  layerCorners(layer, size)
    .map((c) => `${c.xMm},${c.yMm}`)
    .join(' ');

/**
 * The interactive layer over the artwork: hit areas, the snap guides of a drag, an outline
 * around each selected layer (dashed when locked) and the handles of a single unlocked one.
 */
export function ZoneOverlay({ ref, zone, layers, sizes, selectedIds, mmPerPx, guides, handlers }: Props) {
  const box = bleedBox(zone);
  const selected = layers.filter((l) => selectedIds.includes(l.id));
  const single = selected.length === 1 && !isLocked(selected[0]!) ? selected[0] : undefined;
  const singleSize = single && sizes.get(single.id);
  return (
    <svg
      ref={ref}
      className={styles.overlay}
      aria-hidden
      viewBox={`${box.xMm} ${box.yMm} ${box.widthMm} ${box.heightMm}`}
      {...handlers}
    >
      {layers.map((layer) => {
        const size = sizes.get(layer.id);
        if (!size) return null;
        return (
          <polygon
            key={layer.id}
            data-layer-id={layer.id}
            data-locked={isLocked(layer) || undefined}
            className={isLocked(layer) ? styles.hitLocked : styles.hit}
            points={points(layer, size)}
            strokeWidth={2 * HIT_PAD_PX * mmPerPx}
            strokeLinejoin="round"
          />
        );
      })}
      {guides.x !== null && (
        <line
          data-guide="vertical"
          className={styles.guide}
          x1={guides.x}
          y1={box.yMm}
          x2={guides.x}
          y2={box.yMm + box.heightMm}
          vectorEffect="non-scaling-stroke"
        />
      )}
      {guides.y !== null && (
        <line
          data-guide="horizontal"
          className={styles.guide}
          x1={box.xMm}
          y1={guides.y}
          x2={box.xMm + box.widthMm}
          y2={guides.y}
          vectorEffect="non-scaling-stroke"
        />
      )}
      {selected.map((layer) => {
        const size = sizes.get(layer.id);
        if (!size || layer === single) return null;
        return (
          <polygon
            key={layer.id}
            data-selection={layer.id}
            className={isLocked(layer) ? styles.outlineLocked : styles.outline}
            points={points(layer, size)}
            vectorEffect="non-scaling-stroke"
          />
        );
      })}
      {single && singleSize && (
        <SelectionHandles zone={zone} layer={single} size={singleSize} mmPerPx={mmPerPx} />
      )}
    </svg>
  );
}
