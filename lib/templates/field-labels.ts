// Brand-readable names for the places in a template document: "Zones › Front print › Width"
// for ['zones', 0, 'rect', 'widthMm']. The version diff and the studio's list of problems
// both speak this way, so a brand reads the same words in both.
import { GEOMETRY_FIELD_LABELS } from '../kinds/traits';
import { findFont } from './fonts';
import { measurementLabel } from './measurements';
import { methodLabel } from './methods';
import { minorDigits } from '../money';

export type DocPath = ReadonlyArray<string | number>;

// Keyed by the path without list positions ("zones.rect.widthMm"). A key that is not here is
// shown humanised ("someField" -> "Some field").
const LABELS: Record<string, string> = {
  slug: 'Web address',
  name: 'Name',
  description: 'Description',
  brand: 'Brand',
  currency: 'Currency',
  geometry: 'Geometry',
  'geometry.kind': 'Product kind',
  // Each kind names its geometry's fields (lib/kinds/<kind>/traits.ts).
  ...GEOMETRY_FIELD_LABELS,
  sizes: 'Sizes',
  'sizes.label': 'Size picker label',
  'sizes.defaultVariant': 'Default size',
  'sizes.variants': 'Sizes',
  'sizes.variants.label': 'Label',
  'sizes.variants.measurements': 'Measurements',
  'sizes.variants.priceDeltaMinor': 'Price difference',
  options: 'Options',
  'options.kind': 'Kind',
  'options.part': 'Part of the product',
  'options.defaultChoice': 'Default choice',
  'options.choices': 'Choices',
  'options.choices.swatch': 'Swatch',
  'options.choices.swatch.hex': 'Colour',
  'options.choices.swatch.transmission': 'See-through',
  'options.choices.priceDeltaMinor': 'Price difference',
  rules: 'Rules',
  'rules.forbid': 'Forbidden combination',
  'rules.forbid.option': 'Option',
  'rules.forbid.choice': 'Choice',
  'rules.message': 'Message to shoppers',
  zones: 'Zones',
  'zones.surface': 'Surface',
  'zones.method': 'Production method',
  'zones.rect': 'Position and size',
  'zones.rect.xMm': 'X',
  'zones.rect.yMm': 'Y from top',
  'zones.anchor': 'X measured from',
  'zones.bleedMm': 'Bleed',
  'zones.safeMm': 'Safe margin',
  'zones.minImageDpi': 'Minimum image DPI',
  'zones.printDpi': 'Print file DPI',
  'zones.content': 'Content',
  'zones.content.text': 'Text allowed',
  'zones.content.image': 'Images allowed',
  'zones.content.shape': 'Shapes allowed',
  'zones.content.clipart': 'Clipart allowed',
  'zones.monograms': 'Monogram layouts',
  'zones.fonts': 'Fonts',
  'zones.colours': 'Colours',
  'zones.colours.hex': 'Colour',
  'zones.colours.reference': 'Thread or ink reference',
  'zones.limits': 'Limits',
  'zones.limits.maxChars': 'Most characters',
  'zones.limits.maxLines': 'Most lines',
  'zones.limits.maxLayers': 'Most layers',
  'zones.limits.minTextHeightMm': 'Smallest letter height',
  pricing: 'Pricing',
  'pricing.basePriceMinor': 'Base price',
  'pricing.zones': 'Zone charges',
  'pricing.zones.perZoneMinor': 'When used',
  'pricing.zones.perCharacterMinor': 'Per character',
  'pricing.zones.perImageMinor': 'Per image',
  'pricing.zones.perShapeMinor': 'Per shape',
  'pricing.zones.perClipartMinor': 'Per clipart',
  'pricing.zones.perMonogramMinor': 'Per monogram',
  'pricing.zones.setupFeeMinor': 'Setup fee per order',
  'pricing.quantityBreaks': 'Quantity breaks',
  'pricing.quantityBreaks.minQuantity': 'From quantity',
  'pricing.quantityBreaks.discountBasisPoints': 'Discount',
  techPack: 'Tech pack',
  'techPack.pointsOfMeasure': 'Points of measure',
  'techPack.billOfMaterials': 'Bill of materials',
  'techPack.operations': 'Sewing operations',
};

const GENERIC: Record<string, string> = {
  widthMm: 'Width',
  heightMm: 'Height',
  depthMm: 'Depth',
  cornerRadiusMm: 'Corner radius',
  wallMm: 'Wall',
  thicknessMm: 'Thickness',
  composition: 'Composition',
  material: 'Material',
  roughness: 'Roughness',
  metalness: 'Metalness',
  texture: 'Texture',
};

/** The path with list positions left out: ['zones', 0, 'rect'] -> "zones.rect". */
export function pathPattern(path: DocPath): string {
  return path.filter((p) => typeof p === 'string').join('.');
}

function humanise(key: string): string {
  return key
    .replace(/(Mm|Minor|Ml)$/, '')
    .replace(/([A-Z])/g, ' $1')
    .replace(/^./, (c) => c.toUpperCase())
    .trim();
}

/** The label of the last key of `path`, e.g. "Width" for ['zones', 0, 'rect', 'widthMm']. */
export function keyLabel(path: DocPath): string {
  const pattern = pathPattern(path);
  const key = String(path.filter((p) => typeof p === 'string').at(-1) ?? '');
  if (pattern.startsWith('sizes.variants.measurements.')) return measurementLabel(key);
  return LABELS[pattern] ?? GENERIC[key] ?? humanise(key);
}

type Json = unknown;
const get = (doc: Json, key: string | number): Json =>
  doc && typeof doc === 'object' ? (doc as Record<string | number, Json>)[key] : undefined;
/** The item of a list (when `list` is one) for which `match` holds. */
export const findIn = (list: Json, match: (item: Json) => boolean): Json =>
  Array.isArray(list) ? (list as Json[]).find(match) : undefined;
const str = (v: Json): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** How a list item is called: a size's label, a zone's name, "From 10" for a quantity break. */
export function itemName(listPattern: string, item: Json, doc: Json): string {
  switch (listPattern) {
    case 'sizes.variants':
      return str(get(item, 'label')) ?? str(get(item, 'id')) ?? 'size';
    case 'pricing.zones': {
      const zoneId = get(item, 'zone');
      const zones = get(doc, 'zones');
      const zone = findIn(zones, (z) => get(z, 'id') === zoneId);
      return str(get(zone, 'name')) ?? String(zoneId);
    }
    case 'pricing.quantityBreaks':
      return `From ${String(get(item, 'minQuantity'))}`;
    case 'rules':
      return `Rule “${ruleTitle(item, doc)}”`;
    case 'rules.forbid':
      return termName(item, doc);
    case 'techPack.pointsOfMeasure':
      return measurementLabel(String(get(item, 'key')));
    case 'techPack.billOfMaterials':
      return String(get(item, 'item'));
    case 'techPack.operations':
      return String(get(item, 'operation'));
    default:
      return str(get(item, 'name')) ?? str(get(item, 'id')) ?? 'item';
  }
}

function termName(term: Json, doc: Json): string {
  const options = get(doc, 'options');
  const option = findIn(options, (o) => get(o, 'id') === get(term, 'option'));
  const choices = get(option, 'choices');
  const choice = findIn(choices, (c) => get(c, 'id') === get(term, 'choice'));
  return str(get(choice, 'name')) ?? String(get(term, 'choice'));
}

/** A rule as a brand knows it: the choices it keeps apart ("Crystal clear + Ribbed grip sides"). */
export function ruleTitle(rule: Json, doc: Json): string {
  const forbid = get(rule, 'forbid');
  return Array.isArray(forbid) && forbid.length > 0
    ? forbid.map((t) => termName(t, doc)).join(' + ')
    : 'new rule';
}

/**
 * The place a path points at, as label segments: ['zones', 0, 'rect', 'widthMm'] in a document
 * whose first zone is "Front print" gives ["Zones", "Front print", "Position and size", "Width"].
 */
export function pathLabels(path: DocPath, doc: Json): string[] {
  const labels: string[] = [];
  let node: Json = doc;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    node = get(node, key);
    if (typeof key === 'number') {
      labels.push(itemName(pathPattern(path.slice(0, i)), node, doc));
    } else {
      const label = keyLabel(path.slice(0, i + 1));
      // "Sizes › Sizes › M" reads badly: a list named like its section is named once.
      if (labels.at(-1) !== label) labels.push(label);
    }
  }
  return labels;
}

/** A value as a brand reads it, with the unit apart so "24.00 → 29.00 EUR" names it once. */
export function formatValue(path: DocPath, value: Json, currency: string): { text: string; unit?: string } {
  const key = String(path.filter((p) => typeof p === 'string').at(-1) ?? '');
  if (value === undefined || value === null) return { text: '—' };
  if (typeof value === 'boolean') return { text: value ? 'yes' : 'no' };
  if (typeof value === 'number') {
    if (key.endsWith('Minor')) {
      const digits = safeDigits(currency);
      return { text: (value / 10 ** digits).toFixed(digits), unit: currency };
    }
    if (key.endsWith('BasisPoints')) return { text: `${value / 100}`, unit: '%' };
    if (key.endsWith('Mm')) return { text: `${Math.round(value * 100) / 100}`, unit: 'mm' };
    return { text: String(value) };
  }
  if (typeof value === 'string') {
    if (key === 'method') return { text: methodLabel(value as 'print') ?? value };
    if (pathPattern(path) === 'zones.fonts') return { text: fontName(value) };
    return { text: value };
  }
  return { text: JSON.stringify(value) };
}

/** "Inter Bold" for "inter-bold"; an unknown id as it is. */
export function fontName(id: string): string {
  const font = findFont(id);
  if (!font) return id;
  const weight = font.weight >= 700 ? ' Bold' : font.weight === 500 ? ' Medium' : '';
  return `${font.family}${weight}`;
}

function safeDigits(currency: string): number {
  try {
    return minorDigits(currency);
  } catch {
    return 2;
  }
}
