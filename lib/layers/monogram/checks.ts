// A monogram layer's production checks: the zone allows its layout, its font and colour are the
// zone's, the font can draw its letters (the glyph guard), its smallest letter is tall enough
// and a circle's ring is no thinner than the method can make.
import type { DesignIssue } from '../../design/validate';
import type { RenderContext } from '../../render/zone-svg';
import { methodLabel } from '../../templates/methods';
import type { Zone } from '../../templates/schema';
import { thinLineIssue } from '../min-line';
import { missingCharacters, nameCharacters } from '../text/glyphs';
import { MONOGRAM_LABELS, type MonogramLayout } from './layouts';
import { layoutMonogram } from './layout';
import type { MonogramLayer } from './schema';

/** The monogram layouts the zone allows (none unless the brand lists them). */
export function zoneMonograms(zone: Zone): readonly MonogramLayout[] {
  return zone.monograms ?? [];
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Every problem with one monogram layer in its zone. */
export function monogramIssues(
  zone: Zone,
  layer: MonogramLayer,
  ctx: RenderContext | undefined,
): DesignIssue[] {
  const at = { zoneId: zone.id, layerId: layer.id };
  const error = (code: string, message: string): DesignIssue => ({ severity: 'error', code, ...at, message });
  const allowed = zoneMonograms(zone);
  if (allowed.length === 0) return [error('monogram-not-allowed', `${zone.name} does not take monograms.`)];
  const issues: DesignIssue[] = [];
  if (!allowed.includes(layer.layout))
    issues.push(
      error(
        'monogram-layout-not-allowed',
        `${zone.name} does not offer the ${MONOGRAM_LABELS[layer.layout].toLowerCase()} monogram.`,
      ),
    );
  if (!zone.fonts.includes(layer.fontId))
    issues.push(error('font-not-allowed', `That font is not available for ${zone.name}.`));
  if (!zone.colours.some((c) => c.id === layer.colourId))
    issues.push(error('colour-not-allowed', `That colour is not available for ${zone.name}.`));
  const font = ctx?.fonts.font(layer.fontId);
  if (!font) return issues;
  const missing = missingCharacters(layer.letters, font);
  if (missing.length > 0)
    issues.push(
      error(
        'unsupported-characters',
        `This font cannot write ${nameCharacters(missing)}. Use other letters or choose another font.`,
      ),
    );
  const outline = layoutMonogram(layer, font);
  const minimum = zone.limits.minTextHeightMm;
  if (minimum && outline.smallestCapHeightMm < minimum - 1e-6)
    issues.push({
      severity: zone.method === 'print' ? 'warning' : 'error',
      code: 'text-too-small',
      ...at,
      message: `The smallest letter is ${round1(outline.smallestCapHeightMm)} mm tall; ${methodLabel(zone.method).toLowerCase()} needs at least ${minimum} mm. Make the monogram larger.`,
    });
  const thin =
    outline.ringMm !== undefined ? thinLineIssue(zone, round1(outline.ringMm * 10) / 10, at) : undefined;
  if (thin)
    issues.push({
      ...thin,
      message: `The circle is ${round1(outline.ringMm!)} mm wide at this size; ${methodLabel(zone.method).toLowerCase()} needs more. Make the monogram larger.`,
    });
  return issues;
}
