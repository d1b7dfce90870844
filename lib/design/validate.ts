// Checks a design against its template: the same rules live in the browser (as the shopper
// edits) and on the server (before saving and ordering). Errors block production; warnings
// explain a risk and suggest a fix.
import { layerBounds, layerCorners, layerSize } from '../render/layer-geometry';
import type { RenderContext } from '../render/zone-svg';
import { chargedCharacters } from '../layers/text/characters';
import { layerKind } from '../layers/registry';
import { placeRect, surfacesFor } from '../templates/geometry';
import type { Template, Zone } from '../templates/schema';
import { violatedRules } from '../templates/selection';
import type { Design, Layer, TextLayer } from './schema';

export type DesignIssue = {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  zoneId?: string;
  layerId?: string;
};

/**
 * Every problem with a design. Geometric checks (safe area, letter height) need the fonts and
 * image sizes in `ctx`; without them only the rules that need no measuring are checked.
 */
export function validateDesign(template: Template, design: Design, ctx?: RenderContext): DesignIssue[] {
  const issues: DesignIssue[] = [];
  const variant = template.sizes.variants.find((v) => v.id === design.variantId);
  if (!variant)
    issues.push({
      severity: 'error',
      code: 'unknown-size',
      message: `Size "${design.variantId}" is not offered.`,
    });

  for (const option of template.options) {
    const choice = design.selection[option.id];
    if (!option.choices.some((c) => c.id === choice))
      issues.push({
        severity: 'error',
        code: 'unknown-choice',
        message: `Choose a ${option.name.toLowerCase()}.`,
      });
  }
  // A key the product has no option for would be stored with the design and the order, and
  // read by a maker as something to do: refused like unknown zones, sizes and choices.
  for (const optionId of Object.keys(design.selection)) {
    if (!template.options.some((o) => o.id === optionId))
      issues.push({
        severity: 'error',
        code: 'unknown-option',
        message: `This product has no option "${optionId}".`,
      });
  }
  for (const rule of violatedRules(template, design.selection))
    issues.push({ severity: 'error', code: 'forbidden-combination', message: rule.message });

  for (const zoneId of Object.keys(design.zones)) {
    const zone = template.zones.find((z) => z.id === zoneId);
    if (!zone) {
      issues.push({
        severity: 'error',
        code: 'unknown-zone',
        zoneId,
        message: `This product has no zone "${zoneId}".`,
      });
      continue;
    }
    const surface =
      variant && surfacesFor(template.geometry, variant.measurements).find((s) => s.id === zone.surface);
    const origin = surface ? placeRect(zone.rect, zone.anchor, surface) : undefined;
    const keepOuts = (surface?.keepOuts ?? []).map((k) => ({
      ...k,
      xMm: k.xMm - (origin?.xMm ?? 0),
      yMm: k.yMm - (origin?.yMm ?? 0),
    }));
    issues.push(...zoneIssues(zone, design.zones[zoneId]?.layers ?? [], ctx, keepOuts));
  }
  return issues;
}

/** True when nothing in the issues would stop the item being made. */
export function canProduce(issues: DesignIssue[]): boolean {
  return issues.every((i) => i.severity !== 'error');
}

type KeepOut = { xMm: number; yMm: number; widthMm: number; heightMm: number; reason: string };

function zoneIssues(
  zone: Zone,
  layers: Layer[],
  ctx: RenderContext | undefined,
  keepOuts: KeepOut[],
): DesignIssue[] {
  const issues: DesignIssue[] = [];
  const at = (layer?: Layer) => ({ zoneId: zone.id, layerId: layer?.id });
  if (layers.length > zone.limits.maxLayers) {
    issues.push({
      severity: 'error',
      code: 'too-many-layers',
      ...at(),
      message: `${zone.name} takes at most ${zone.limits.maxLayers} layer${zone.limits.maxLayers > 1 ? 's' : ''}; remove ${layers.length - zone.limits.maxLayers}.`,
    });
  }
  const texts = layers.filter((l): l is TextLayer => l.kind === 'text');
  const characters = texts.reduce((n, l) => n + chargedCharacters(l.text), 0);
  if (characters > zone.limits.maxChars) {
    issues.push({
      severity: 'error',
      code: 'too-many-characters',
      ...at(),
      message: `${zone.name} takes at most ${zone.limits.maxChars} characters; you have ${characters}. Remove ${characters - zone.limits.maxChars}.`,
    });
  }
  for (const layer of layers) {
    issues.push(...layerKind(layer).issues(zone, layer, ctx));
    issues.push(...placementIssues(zone, layer, ctx, keepOuts));
  }
  return issues;
}

function placementIssues(
  zone: Zone,
  layer: Layer,
  ctx: RenderContext | undefined,
  keepOuts: KeepOut[],
): DesignIssue[] {
  const size = ctx && layerSize(layer, ctx);
  if (!size || size.widthMm === 0) return [];
  const at = { zoneId: zone.id, layerId: layer.id };
  const box = layerBounds(layer, size);
  const { widthMm: w, heightMm: h } = zone.rect;
  if (box.right <= 0 || box.bottom <= 0 || box.left >= w || box.top >= h) {
    return [
      {
        severity: 'warning',
        code: 'outside-zone',
        ...at,
        message: `This layer is outside ${zone.name} and will not be made. Move it back in.`,
      },
    ];
  }
  const issues: DesignIssue[] = [];
  const s = zone.safeMm;
  const corners = layerCorners(layer, size);
  if (
    corners.some((c) => c.xMm < s - 1e-6 || c.yMm < s - 1e-6 || c.xMm > w - s + 1e-6 || c.yMm > h - s + 1e-6)
  ) {
    issues.push({
      severity: 'warning',
      code: 'outside-safe-area',
      ...at,
      message: `Part of this layer is outside the safe area (${s} mm from the edge) and may be cut off. Move it inward or make it smaller.`,
    });
  }
  for (const k of keepOuts) {
    if (
      box.left < k.xMm + k.widthMm &&
      k.xMm < box.right &&
      box.top < k.yMm + k.heightMm &&
      k.yMm < box.bottom
    ) {
      issues.push({
        severity: 'warning',
        code: 'keep-out',
        ...at,
        message: `Part of this layer falls on the ${k.reason} and will not be made there.`,
      });
    }
  }
  return issues;
}
