// The catalogue's product pictures: flat, front-facing SVG illustrations drawn to scale from
// the template's millimetre geometry and dressed in the selected choices' colours. Each kind
// draws its own product (lib/kinds/<kind>/drawing.ts); this frames and colours it.
import { kindDrawing } from '../kinds/drawings';
import { placeRect, surfacesFor } from '../templates/geometry';
import type { Template, TemplateOption } from '../templates/schema';
import {
  escapeXml,
  luminance,
  mix,
  num,
  type Drawing,
  type Palette,
  type PlacedZone,
} from './illustration/svg';

/** Empty space around the product, in mm (the viewBox is in mm). */
export const ILLUSTRATION_PADDING_MM = 8;

export type IllustrationOptions = { variantId?: string; choices?: Record<string, string>; title?: string };

function chosen(option: TemplateOption, choices: Record<string, string> | undefined) {
  const id = choices?.[option.id] ?? option.defaultChoice;
  return (
    option.choices.find((c) => c.id === id) ??
    option.choices.find((c) => c.id === option.defaultChoice) ??
    option.choices[0]
  );
}

// Parts that name the product's main surface; the option dressing one of them colours the body.
const BODY_PARTS = ['body', 'case', 'shell', 'glaze', 'fabric'];

function palette(template: Template, choices: Record<string, string> | undefined): Palette {
  const { options } = template;
  const main =
    options.find((o) => o.kind === 'colour' && BODY_PARTS.includes(o.part)) ??
    options.find((o) => BODY_PARTS.includes(o.part)) ??
    options.find((o) => o.kind === 'colour') ??
    options[0];
  const swatch = main && chosen(main, choices)?.swatch;
  const partHex = (part: string) => {
    const option = options.find((o) => o.part === part && o !== main);
    return option && chosen(option, choices)?.swatch.hex.toLowerCase();
  };
  // The kind's own colours stand in where no option sets one (a template offering no colour at all).
  const fallback = kindDrawing(template.geometry.kind).colours;
  const body = (swatch?.hex ?? fallback.body).toLowerCase();
  const light = luminance(body) > 0.35;
  const inside = partHex('inside');
  return {
    body,
    edge: mix(body, '#000000', light ? 0.45 : 0.55),
    detail: light ? mix(body, '#000000', 0.12) : mix(body, '#ffffff', 0.15),
    seam: light ? mix(body, '#000000', 0.4) : mix(body, '#ffffff', 0.3),
    // An inside seen through an opening sits in shadow, so it is drawn a little darker.
    inside: mix(inside ?? body, '#000000', inside ? 0.2 : 0.35),
    // Two-tone mug blanks colour the handle with the inside.
    handle: partHex('handle') ?? inside ?? body,
    thread: partHex('thread') ?? fallback.thread ?? mix(body, '#000000', 0.3),
    patch: partHex('patch') ?? '#b0804f',
    hardware: partHex('hardware') ?? '#b87333',
    zone: light ? '#1f2937' : '#ffffff',
    // A clear case still has to read as a case, so it never goes fully transparent.
    bodyOpacity: 1 - 0.6 * (swatch?.transmission ?? 0),
    parts: Object.fromEntries(
      options.flatMap((o) => {
        const hex = chosen(o, choices)?.swatch.hex.toLowerCase();
        return hex ? [[o.part, hex]] : [];
      }),
    ),
  };
}

function draw(template: Template, opts: IllustrationOptions, p: Palette): Drawing {
  const g = template.geometry;
  const { variants, defaultVariant } = template.sizes;
  const variant =
    variants.find((v) => v.id === opts.variantId) ??
    variants.find((v) => v.id === defaultVariant) ??
    variants[0];
  const measurements = variant?.measurements ?? {};
  // Zones are placed on this size's surfaces, so centred garment prints stay centred.
  const surfaces = surfacesFor(g, measurements);
  const zones: PlacedZone[] = template.zones.flatMap((z) => {
    const surface = surfaces.find((s) => s.id === z.surface);
    return surface ? [{ id: z.id, surface: z.surface, rect: placeRect(z.rect, z.anchor, surface) }] : [];
  });
  return kindDrawing(g.kind).draw(g, measurements, zones, p);
}

/** A flat, front-facing illustration of a product drawn from its template geometry. */
export function productIllustrationSvg(template: Template, opts: IllustrationOptions = {}): string {
  const p = palette(template, opts.choices);
  const drawing = draw(template, opts, p);
  const pad = ILLUSTRATION_PADDING_MM;
  const viewBox = [-pad, -pad, drawing.widthMm + 2 * pad, drawing.heightMm + 2 * pad].map(num).join(' ');
  const title = escapeXml(opts.title ?? template.name);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" role="img">` +
    `<title>${title}</title><g stroke-linejoin="round" stroke-linecap="round">${drawing.svg}</g></svg>`
  );
}
