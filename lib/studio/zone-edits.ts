// Adding and removing zones keeps the zone charges in step: every zone has its pricing row.
import { kindTraits } from '../kinds/traits';
import { surfacesFor, type Rect } from '../templates/geometry';
import { FONTS } from '../templates/fonts';
import type { TemplateInput } from '../templates/schema';
import { slugify, uniqueId } from './edit';

type Zone = TemplateInput['zones'][number];

const DEFAULT_INKS: Zone['colours'] = [
  { id: 'black', name: 'Black', hex: '#111111' },
  { id: 'white', name: 'White', hex: '#ffffff' },
];

/** The draft with a new print zone on `surfaceId` (centred, half the surface, unless `rect` is given) and its zero charges. */
export function addZone(
  doc: TemplateInput,
  surfaceId: string,
  measurements: Record<string, number>,
  rect?: Rect,
): { doc: TemplateInput; zoneId: string } {
  const surface = surfacesFor(doc.geometry, measurements).find((s) => s.id === surfaceId);
  const width = surface ? Math.round(surface.widthMm * 0.5) : 50;
  const height = surface ? Math.round(surface.heightMm * 0.5) : 50;
  // Where x is measured from and the bleed are the kind's (garments: from the centre line, no bleed).
  const { anchor, bleedMm } = kindTraits(doc.geometry.kind).newZone;
  const name = `Zone ${doc.zones.length + 1}`;
  const id = uniqueId(
    name,
    doc.zones.map((z) => z.id),
  );
  const placed = rect ?? {
    xMm: surface ? Math.round((surface.widthMm - width) / 2) : 0,
    yMm: surface ? Math.round((surface.heightMm - height) / 2) : 0,
    widthMm: width,
    heightMm: height,
  };
  // A new zone is centred: exactly 0 from the centre line (its rounded top-left x is not).
  const centredX =
    rect && surface ? Math.round((rect.xMm - (surface.widthMm - rect.widthMm) / 2) * 100) / 100 : 0;
  const template = doc.zones[0];
  const zone: Zone = {
    id,
    name,
    surface: surfaceId,
    method: 'print',
    rect: anchor === 'top-centre' ? { ...placed, xMm: centredX } : placed,
    anchor,
    bleedMm,
    safeMm: Math.min(3, Math.floor(Math.min(placed.widthMm, placed.heightMm) / 4)),
    minImageDpi: 150,
    printDpi: 300,
    content: { text: true, image: true },
    fonts: template?.fonts.length ? [...template.fonts] : FONTS.map((f) => f.id),
    colours: template?.colours.length ? template.colours.map((c) => ({ ...c })) : DEFAULT_INKS,
    limits: { maxChars: 40, maxLines: 3, maxLayers: 4, minTextHeightMm: 2 },
  };
  const price = { zone: id, perZoneMinor: 0, perCharacterMinor: 0, perImageMinor: 0, setupFeeMinor: 0 };
  return {
    doc: {
      ...doc,
      zones: [...doc.zones, zone],
      pricing: { ...doc.pricing, zones: [...doc.pricing.zones, price] },
    },
    zoneId: id,
  };
}

/** The draft without the zone and its charges. */
export function removeZone(doc: TemplateInput, zoneId: string): TemplateInput {
  return {
    ...doc,
    zones: doc.zones.filter((z) => z.id !== zoneId),
    pricing: { ...doc.pricing, zones: doc.pricing.zones.filter((p) => p.zone !== zoneId) },
  };
}

/**
 * Renames a zone. Until the template is first published (`followId`), the zone's id, which
 * names its production files ("…_front-print.pdf"), follows the name; after that it stays, as
 * designs and orders refer to it.
 */
export function renameZone(
  doc: TemplateInput,
  index: number,
  name: string,
  followId: boolean,
): { doc: TemplateInput; zoneId: string } {
  const zone = doc.zones[index];
  if (!zone) return { doc, zoneId: '' };
  const others = doc.zones.filter((_, i) => i !== index).map((z) => z.id);
  const id = followId && slugify(name) ? uniqueId(name, others) : zone.id;
  return {
    doc: {
      ...doc,
      zones: doc.zones.map((z, i) => (i === index ? { ...z, name, id } : z)),
      pricing: {
        ...doc.pricing,
        zones: doc.pricing.zones.map((p) => (p.zone === zone.id ? { ...p, zone: id } : p)),
      },
    },
    zoneId: id,
  };
}
