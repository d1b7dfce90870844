import type { Layer } from '@/lib/design/schema';
import { layerCorners, type LayerSize, type ZonePoint } from '@/lib/render/layer-geometry';
import type { Zone } from '@/lib/templates/schema';
import { rotateHandlePoint } from './geometry';
import styles from './zone-editor.module.css';

/** Drawn radius of a handle, in CSS pixels. */
const HANDLE_PX = 7;
/** Radius of the invisible target around a handle: a 32 px circle suits a fingertip. */
const HANDLE_HIT_PX = 16;
/** How far the rotate handle stands off the layer's edge, in CSS pixels. */
const ROTATE_OFFSET_PX = 26;

const points = (corners: ZonePoint[]) => corners.map((c) => `${c.xMm},${c.yMm}`).join(' ');

function Handle({
  at,
  kind,
  mmPerPx,
  cursor,
}: {
  at: ZonePoint;
  kind: 'scale' | 'rotate';
  mmPerPx: number;
  cursor: string;
}) {
  return (
    <g data-handle={kind} style={{ cursor }}>
      <circle className={styles.handleHit} cx={at.xMm} cy={at.yMm} r={HANDLE_HIT_PX * mmPerPx} />
      <circle
        className={styles.handle}
        cx={at.xMm}
        cy={at.yMm}
        r={HANDLE_PX * mmPerPx}
        vectorEffect="non-scaling-stroke"
      />
    </g>
  );
}

/** The selected layer's rotated outline, a scale handle on each corner and a rotate handle. */
export function SelectionHandles({
  zone,
  layer,
  size,
  mmPerPx,
}: {
  zone: Zone;
  layer: Layer;
  size: LayerSize;
  mmPerPx: number;
}) {
  const corners = layerCorners(layer, size);
  const rotate = rotateHandlePoint(zone, layer, size, ROTATE_OFFSET_PX * mmPerPx);
  return (
    <g data-selection={layer.id}>
      <polygon className={styles.outline} points={points(corners)} vectorEffect="non-scaling-stroke" />
      <line
        className={styles.outline}
        x1={rotate.edge.xMm}
        y1={rotate.edge.yMm}
        x2={rotate.handle.xMm}
        y2={rotate.handle.yMm}
        vectorEffect="non-scaling-stroke"
      />
      {corners.map((corner, i) => (
        <Handle
          key={i}
          at={corner}
          kind="scale"
          mmPerPx={mmPerPx}
          cursor={i % 2 === 0 ? 'nwse-resize' : 'nesw-resize'}
        />
      ))}
      <Handle at={rotate.handle} kind="rotate" mmPerPx={mmPerPx} cursor="grab" />
    </g>
  );
}
