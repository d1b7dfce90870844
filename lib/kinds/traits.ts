// The registry of traits: each kind's name and summary, the parts options dress, the points of
// measure its sizes state, its geometry's field names and rules, the facts on its product page,
// and how the studio starts a new zone on it. Studio and server-rendered pages; the shopper's
// browser does not ship it.
import type { Template, Zone } from '../templates/schema';
import { jeansTraits } from './jeans/traits';
import type { Geometry, KindTraits, ModelSpec, ProductKind, ZoneOnModel } from './kind';
import { modelTraits } from './model/traits';
import { mugTraits } from './mug/traits';
import { phoneCaseTraits } from './phone-case/traits';
import { teeTraits } from './tee/traits';
import { toteTraits } from './tote/traits';

/** In the order the studio's kind picker shows them. */
export const KIND_TRAITS: { [K in ProductKind]: KindTraits<K> } = {
  'phone-case': phoneCaseTraits,
  mug: mugTraits,
  tee: teeTraits,
  jeans: jeansTraits,
  tote: toteTraits,
  model: modelTraits,
};

/** The traits of a kind, typed for that kind's geometry. */
export function kindTraits<K extends ProductKind>(kind: K): KindTraits<K> {
  return KIND_TRAITS[kind];
}

// A draft or an old version may name a kind this build does not know.
const isKnown = (kind: string): kind is ProductKind => Object.hasOwn(KIND_TRAITS, kind);
const ALL = Object.values(KIND_TRAITS) as Array<KindTraits<ProductKind>>;

/** The kinds a brand can start from, in the order the picker shows them. */
export const PRODUCT_KINDS: ReadonlyArray<{ kind: ProductKind; label: string; summary: string }> = (
  Object.keys(KIND_TRAITS) as ProductKind[]
).map((kind) => ({ kind, label: KIND_TRAITS[kind].label, summary: KIND_TRAITS[kind].summary }));

/** "T-shirt" for "tee", and so on; unknown kinds are shown as they are. */
export function kindLabel(kind: string): string {
  return isKnown(kind) ? KIND_TRAITS[kind].label : kind;
}

/** The parts of a product's model that options can dress; none for a kind this build does not know. */
export function partsOf(geometry: Geometry): ReadonlyArray<{ id: string; label: string }> {
  return isKnown(geometry.kind) ? kindTraits(geometry.kind).parts(geometry) : [];
}

const REQUIRED: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(KIND_TRAITS).map(([kind, t]) => [kind, t.measurements.map((m) => m.key)]),
);

/** The measurements every size of a kind must state (points of measure, in mm); none for an unknown kind. */
export function requiredMeasurements(kind: string): readonly string[] {
  return REQUIRED[kind] ?? [];
}

/** Every kind's names for its points of measure, by key ('chestWidthMm' -> 'Chest width, laid flat'). */
export const MEASUREMENT_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  ALL.flatMap((t) => t.measurements.map((m) => [m.key, m.label])),
);

/** Every kind's names for its geometry's fields, by path without list positions ('geometry.shell.lipMm'). */
export const GEOMETRY_FIELD_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  ALL.flatMap((t) => Object.entries(t.fieldLabels).map(([path, label]) => [`geometry.${path}`, label])),
);

/** What spec.json states of a product beyond every kind's fields (a 3D model's file); nothing for most kinds. */
export function productSpecFacts(template: Template): { model?: ModelSpec } {
  const g = template.geometry;
  return kindTraits(g.kind).spec?.product(g) ?? {};
}

/** What spec.json states of a zone beyond every kind's fields (where it lies on a 3D model). */
export function zoneSpecFacts(template: Template, zone: Zone): { onModel?: ZoneOnModel } {
  const g = template.geometry;
  return kindTraits(g.kind).spec?.zone(g, zone) ?? {};
}

/** The files a product's geometry names by content hash (a brand's 3D model); none for most kinds. */
export function storedFilesOf(template: Template): ReadonlyArray<{ fileName: string; sha256: string }> {
  const g = template.geometry;
  return kindTraits(g.kind).storedFiles?.(g) ?? [];
}

/** Key physical facts for a product page, e.g. "Outer size 74.3 × 152.4 × 9.7 mm". */
export function productFacts(template: Template): string[] {
  const g = template.geometry;
  return kindTraits(g.kind).facts(g, template);
}
