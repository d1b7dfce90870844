import type { PointerEventHandler, Ref } from 'react';
import type { Layer } from '@/lib/design/schema';
import { layerCorners, type LayerSize } from '@/lib/render/layer-geometry';
import { bleedBox } from '@/lib/render/zone-svg';
import type { Zone } from '@/lib/templates/schema';
import type { Snap } from './geometry';
import { SelectionHandles } from './selection-handles';
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
  selectedLayerId: string | null;
  mmPerPx: number;
  snap: Snap;
  handlers: PointerHandlers;
};

/** Extra reach (CSS px) around each layer's hit area, so thin text and small images are easy to grab. */
const HIT_PAD_PX = 6;

/** The interactive layer over the artwork: hit areas, snap guides and the selection's handles. */
export function ZoneOverlay({ ref, zone, layers, sizes, selectedLayerId, mmPerPx, snap, handlers }: Props) {
  const box = bleedBox(zone);
  const { widthMm: w, heightMm: h } = zone.rect;
  const selected = layers.find((l) => l.id === selectedLayerId);
  const selectedSize = selected && sizes.get(selected.id);
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
        const corners = layerCorners(layer, size).map((c) => `${c.xMm},${c.yMm}`);
        return (
          <polygon
            key={layer.id}
            data-layer-id={layer.id}
            className={styles.hit}
            points={corners.join(' ')}
            strokeWidth={2 * HIT_PAD_PX * mmPerPx}
            strokeLinejoin="round"
          />
        );
      })}
      {snap.x && (
        <line
          data-guide="vertical"
          className={styles.guide}
          x1={w / 2}
          y1={box.yMm}
          x2={w / 2}
          y2={box.yMm + box.heightMm}
          vectorEffect="non-scaling-stroke"
        />
      )}
      {snap.y && (
        <line
          data-guide="horizontal"
          className={styles.guide}
          x1={box.xMm}
          y1={h / 2}
          x2={box.xMm + box.widthMm}
          y2={h / 2}
          vectorEffect="non-scaling-stroke"
        />
      )}
      {selected && selectedSize && (
        <SelectionHandles zone={zone} layer={selected} size={selectedSize} mmPerPx={mmPerPx} />
      )}
    </svg>
  );
}
