'use client';
import { NumberField } from '@/components/configurator/number-field';
import type { ImageInfo } from '@/lib/design/schema';
import type { ImageCrop, ImageLayer } from '@/lib/layers/image/schema';
import { lookedPixelSize } from '@/lib/render/image-look';
import s from '@/components/configurator/configurator.module.css';
import { CropBox } from './crop-box';
import t from './image-tools.module.css';

type Props = {
  layer: ImageLayer;
  /** The upload's preview copy and size, once known: the crop box shows it. */
  info?: ImageInfo;
  update: (patch: Partial<ImageLayer>, gesture?: string) => void;
};

const WHOLE: ImageCrop = { x: 0, y: 0, w: 1, h: 1 };
const pct = (v: number) => Math.round(v * 1000) / 10;

/** The part of the picture kept, in percent of the upload, with the rest of the crop kept inside it. */
function cropped(crop: ImageCrop, side: keyof ImageCrop, percent: number): ImageCrop {
  const v = percent / 100;
  const next = { ...crop, [side]: v };
  // Moving an edge in keeps the size where it fits and shrinks it where it would not.
  if (side === 'x') next.w = Math.min(next.w, 1 - v);
  if (side === 'y') next.h = Math.min(next.h, 1 - v);
  if (side === 'w') next.x = Math.min(next.x, 1 - v);
  if (side === 'h') next.y = Math.min(next.y, 1 - v);
  return next;
}

/**
 * A quarter turn (1 right, 3 left) of the picture in place: the box turns with it, so the
 * printed width becomes what was its height.
 */
function turned(layer: ImageLayer, info: ImageInfo | undefined, by: 1 | 3): Partial<ImageLayer> {
  const quarterTurns = ((layer.quarterTurns ?? 0) + by) % 4;
  if (!info) return { quarterTurns };
  const turns = (layer.quarterTurns ?? 0) as 0 | 1 | 2 | 3;
  const px = lookedPixelSize(info.widthPx, info.heightPx, { crop: layer.crop, quarterTurns: turns });
  const widthMm = Math.round(((layer.widthMm * px.heightPx) / px.widthPx) * 10) / 10;
  return { quarterTurns, widthMm: Math.min(2000, Math.max(1, widthMm)) };
}

/** Crop (numeric, in percent of the upload), quarter turns and flips of an image layer. */
export function CropFields({ layer, info, update }: Props) {
  const crop = layer.crop ?? WHOLE;
  const field = (side: keyof ImageCrop, label: string, min: number) => (
    <NumberField
      label={label}
      value={pct(crop[side])}
      min={min}
      max={100}
      step={1}
      onChange={(v) => update({ crop: cropped(crop, side, v) }, `crop-${side}:${layer.id}`)}
    />
  );
  const flip = (axis: 'flipX' | 'flipY', label: string) => (
    <button
      type="button"
      className={`${s.button} ${layer[axis] ? t.pressed : ''}`}
      aria-pressed={layer[axis] ?? false}
      onClick={() => update({ [axis]: !layer[axis] })}
    >
      {label}
    </button>
  );
  return (
    <fieldset className={t.group}>
      <legend>Crop and orientation</legend>
      {info && (
        <CropBox
          href={info.href}
          aspect={info.widthPx / info.heightPx}
          crop={crop}
          onChange={(next) => update({ crop: next }, `crop-box:${layer.id}`)}
        />
      )}
      <div className={s.grid2}>
        {field('x', 'Crop left (%)', 0)}
        {field('y', 'Crop top (%)', 0)}
        {field('w', 'Crop width (%)', 1)}
        {field('h', 'Crop height (%)', 1)}
      </div>
      <div className={t.row}>
        <button
          type="button"
          className={s.button}
          disabled={!layer.crop}
          onClick={() => update({ crop: undefined })}
        >
          Reset crop
        </button>
        <button type="button" className={s.button} onClick={() => update(turned(layer, info, 3))}>
          <span aria-hidden="true">⟲</span> Turn left
        </button>
        <button type="button" className={s.button} onClick={() => update(turned(layer, info, 1))}>
          <span aria-hidden="true">⟳</span> Turn right
        </button>
        {flip('flipX', 'Flip horizontally')}
        {flip('flipY', 'Flip vertically')}
      </div>
    </fieldset>
  );
}
