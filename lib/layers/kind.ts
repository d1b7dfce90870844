// What every layer kind provides, as tldraw's ShapeUtil does for a shape type. The registry
// (lib/layers/registry.ts) holds one of these per kind; nothing outside a kind's folder needs
// to know what its fields mean.
import type { DesignIssue } from '../design/validate';
import type { Layer, LayerKind } from '../design/schema';
import type { LayerSize } from '../render/layer-geometry';
import type { RenderContext, ZoneElement } from '../render/zone-svg';
import type { Zone } from '../templates/schema';

/** What a layer adds to its zone's price lines (counts; the zone's prices multiply them). */
export type LayerCharges = {
  characters: number;
  images: number;
  shapes: number;
  /** Clipart layers (lib/layers/clipart); unset: none. */
  clipart?: number;
  /** Monogram layers (lib/layers/monogram); unset: none. */
  monograms?: number;
};

export type LayerKindModule<L extends Layer> = {
  kind: L['kind'];
  /** A readable name for lists and announcements ("Text “Hi”", "Image", "Star"). */
  name(layer: L): string;
  /** The layer in words for the design's summary (saved design, cart, order, maker). */
  summary(zone: Zone, layer: L): string;
  /** Its unrotated box in mm; undefined while its font or image is not in the context. */
  size(layer: L, ctx: RenderContext): LayerSize | undefined;
  /** How it draws into the one zone renderer (one element or several); undefined or [] when nothing. */
  element(zone: Zone, layer: L, ctx: RenderContext): ZoneElement | ZoneElement[] | undefined;
  /** Its production checks (placement is checked for every kind by validateDesign). */
  issues(zone: Zone, layer: L, ctx: RenderContext | undefined): DesignIssue[];
  /** The zone colour ids it is made in (inks, threads), in the order it uses them. */
  colourIds(layer: L): string[];
  /** Whether it will be made at all (empty text is not), and what it is charged as. */
  charges(layer: L): LayerCharges | undefined;
  /** The one size the editor's corner handle and keyboard scale. */
  scale: { value(layer: L): number; patch(layer: L, value: number): Partial<L>; maxMm: number };
};

/** The registry's type: one module per kind, typed by its own layer. */
export type LayerKinds = { [K in LayerKind]: LayerKindModule<Extract<Layer, { kind: K }>> };

export const NO_CHARGES: LayerCharges = { characters: 0, images: 0, shapes: 0 };
