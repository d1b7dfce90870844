// A text layer's production checks: the zone takes text, lines, font, colour, characters the
// font can draw, and the method's smallest letter height.
import type { DesignIssue } from '../../design/validate';
import type { Font } from 'opentype.js';
import { fontMetricsMm, layoutText } from '../../render/text-layout';
import type { RenderContext } from '../../render/zone-svg';
import { methodLabel } from '../../templates/methods';
import type { Zone } from '../../templates/schema';
import { thinLineIssue } from '../min-line';
import { chargedCharacters } from './characters';
import { missingCharacters } from './glyphs';
import { layoutTextLayer, type TextLayerLayout } from './layout';
import { textStroke } from './stroke';
import type { TextLayer } from './schema';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Every problem with one text layer in its zone. */
export function textIssues(zone: Zone, layer: TextLayer, ctx: RenderContext | undefined): DesignIssue[] {
  const issues: DesignIssue[] = [];
  const at = { zoneId: zone.id, layerId: layer.id };
  if (!zone.content.text)
    return [
      { severity: 'error', code: 'text-not-allowed', ...at, message: `${zone.name} does not take text.` },
    ];
  const lines = layer.text.split('\n').length;
  if (lines > zone.limits.maxLines)
    issues.push({
      severity: 'error',
      code: 'too-many-lines',
      ...at,
      message: `${zone.name} takes at most ${zone.limits.maxLines} line${zone.limits.maxLines > 1 ? 's' : ''} of text; this text has ${lines}.`,
    });
  if (!zone.fonts.includes(layer.fontId))
    issues.push({
      severity: 'error',
      code: 'font-not-allowed',
      ...at,
      message: `That font is not available for ${zone.name}.`,
    });
  if (!zone.colours.some((c) => c.id === layer.colourId))
    issues.push({
      severity: 'error',
      code: 'colour-not-allowed',
      ...at,
      message: `That colour is not available for ${zone.name}.`,
    });
  const font = ctx?.fonts.font(layer.fontId);
  // Per grapheme, so an emoji of several code points is named whole (lib/layers/text/glyphs.ts).
  const missing = font ? missingCharacters(layer.text, font) : [];
  if (missing.length > 0)
    issues.push({
      severity: 'error',
      code: 'unsupported-characters',
      ...at,
      message: `This font cannot write ${missing.map((c) => `"${c}"`).join(', ')}. Remove ${missing.length > 1 ? 'them' : 'it'} or choose another font.`,
    });
  const layout = font && chargedCharacters(layer.text) > 0 ? layoutTextLayer(layer, font) : undefined;
  const minimum = zone.limits.minTextHeightMm;
  // A text shrunk to fit its box is measured at the size it is drawn at.
  const sizeMm = layout?.sizeMm ?? layer.sizeMm;
  if (font && minimum && layout) {
    const cap = fontMetricsMm(font, sizeMm).capHeightMm;
    if (cap < minimum - 1e-6) {
      const needed = round1((sizeMm * minimum) / cap);
      const blocking = zone.method === 'embroider';
      issues.push({
        severity: blocking ? 'error' : 'warning',
        code: 'text-too-small',
        ...at,
        message: `Letters are ${round1(cap)} mm tall; ${methodLabel(zone.method).toLowerCase()} needs at least ${minimum} mm${blocking ? '' : ' to stay legible'}. Set the size to ${needed} mm or more.`,
      });
    }
  }
  if (font && layout) issues.push(...toolkitIssues(zone, layer, font, layout, at));
  else issues.push(...strokeIssues(zone, layer, at));
  return issues;
}

type At = { zoneId: string; layerId: string };

/** The outline's colour and width. */
function strokeIssues(zone: Zone, layer: TextLayer, at: At): DesignIssue[] {
  const issues: DesignIssue[] = [];
  const stroke = textStroke(layer);
  if (stroke && !zone.colours.some((c) => c.id === stroke.colourId))
    issues.push({
      severity: 'error',
      code: 'colour-not-allowed',
      ...at,
      message: `That outline colour is not available for ${zone.name}.`,
    });
  const thin = stroke && thinLineIssue(zone, stroke.widthMm, at);
  if (thin) issues.push(thin);
  return issues;
}

/** The outline, the fit box and the arc, measured in the font. */
function toolkitIssues(
  zone: Zone,
  layer: TextLayer,
  font: Font,
  layout: TextLayerLayout,
  at: At,
): DesignIssue[] {
  const issues = strokeIssues(zone, layer, at);
  if (layer.fit && !layout.fits)
    issues.push({
      severity: 'warning',
      code: 'text-does-not-fit',
      ...at,
      message: `This text does not fit its ${layer.fit.widthMm} × ${layer.fit.heightMm} mm box even at the smallest size, ${round1(layout.sizeMm)} mm. Shorten it or make the box larger.`,
    });
  if (layer.arc) {
    const around = 2 * Math.PI * layer.arc.radiusMm;
    if (layoutText({ ...layer, sizeMm: layout.sizeMm }, font).widthMm > around)
      issues.push({
        severity: 'warning',
        code: 'arc-too-long',
        ...at,
        message: `This text is longer than its circle (${round1(around)} mm around) and overlaps itself. Make the radius larger or the text shorter.`,
      });
  }
  return issues;
}
