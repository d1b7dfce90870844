// The kind contract: what every registered product kind must do, run over each kind's reference
// product (lib/kinds/<kind>/seed.ts) and the starter a new template is cut from. A new kind
// passes here, in print-files.test.ts (its print files) and in components/kinds/contract.test.ts
// (its 3D model) before it ships; its own tests sit in its folder.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ILLUSTRATION_PADDING_MM, productIllustrationSvg } from '../render/product-illustration';
import { addZone } from '../studio/zone-edits';
import { seedCatalogue } from '../templates/catalogue';
import { FONTS } from '../templates/fonts';
import { placeRect, surfacesFor } from '../templates/geometry';
import type { Template } from '../templates/schema';
import { surfaceColour } from '../templates/surface-colour';
import { assertTemplate, parseTemplate } from '../templates/validate';
import { KIND_DRAWINGS } from './drawings';
import type { ProductKind } from './kind';
import { KIND_STARTERS, starterDocument } from './starters';
import { KIND_SURFACES, kindSurfaces } from './surfaces';
import { GEOMETRY_FIELD_LABELS, KIND_TRAITS, PRODUCT_KINDS, kindTraits } from './traits';

const KINDS = Object.keys(KIND_STARTERS) as ProductKind[];
const identity = {
  slug: 'my-product',
  name: 'My product',
  brand: 'Acme',
  currency: 'EUR',
  description: 'Made by us.',
};
const reference = (kind: ProductKind) => assertTemplate(KIND_STARTERS[kind].seed);

/** Tags open and close in order (enough to catch broken markup without a DOM). */
function isWellFormed(svg: string): boolean {
  const stack: string[] = [];
  for (const [, close, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z]+)\b[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (!close) stack.push(name ?? '');
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

/** Every path below an object, without list positions ('shell.lipMm'). */
function paths(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, v]) => [`${prefix}${key}`, ...paths(v, `${prefix}${key}.`)]);
}

describe('the kind registries', () => {
  it('hold the same kinds, in the order the studio offers them', () => {
    const kinds = PRODUCT_KINDS.map((k) => k.kind);
    expect(kinds).toEqual(['phone-case', 'mug', 'tee', 'jeans', 'tote', 'model']);
    for (const registry of [KIND_TRAITS, KIND_SURFACES, KIND_DRAWINGS, KIND_STARTERS])
      expect(Object.keys(registry)).toEqual(kinds);
  });

  it('agree on the name of a geometry field two kinds share', () => {
    for (const kind of KINDS)
      for (const [field, label] of Object.entries(KIND_TRAITS[kind].fieldLabels))
        expect(GEOMETRY_FIELD_LABELS[`geometry.${field}`], `${kind}: geometry.${field}`).toBe(label);
  });

  it('seed the shop with the reference products the kinds mark as seeded', () => {
    expect(seedCatalogue().map((t) => t.geometry.kind)).toEqual(
      KINDS.flatMap((k) => [
        ...(KIND_STARTERS[k].seeded ? [k] : []),
        ...(KIND_STARTERS[k].alsoSeeded ?? []).map(() => k),
      ]),
    );
  });
});

describe.each(KINDS)('%s', (kind) => {
  const t = reference(kind);
  const traits = kindTraits(kind);
  const sizes = t.sizes.variants;

  it('has a valid reference product of its own kind, a fresh copy each time', () => {
    expect(t.geometry.kind).toBe(kind);
    expect(parseTemplate(KIND_STARTERS[kind].seed).ok).toBe(true);
    expect(structuredClone(KIND_STARTERS[kind].seed)).toEqual(KIND_STARTERS[kind].seed);
    expect(reference(kind)).not.toBe(t);
  });

  it('starts a new template with the brand identity, one option of two choices and one zone', () => {
    const result = parseTemplate(starterDocument(kind, identity));
    if (!result.ok) throw new Error(result.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
    const started = result.template;
    expect(started).toMatchObject(identity);
    expect(started.geometry.kind).toBe(kind);
    expect(started.options).toHaveLength(1);
    expect(started.options[0]!.choices).toHaveLength(2);
    expect(started.zones).toHaveLength(1);
    expect(started.pricing.zones.map((p) => p.zone)).toEqual([started.zones[0]!.id]);
    // Editing one never changes the reference product.
    started.zones[0]!.rect.widthMm = 1;
    expect(starterDocument(kind, identity).zones[0]!.rect.widthMm).not.toBe(1);
  });

  it.each(sizes.map((v) => [v.label, v] as const))(
    'places every zone on a surface it has, in size %s',
    (_label, variant) => {
      const surfaces = surfacesFor(t.geometry, variant.measurements);
      expect(new Set(surfaces.map((s) => s.id)).size).toBe(surfaces.length);
      for (const s of surfaces) expect(s.widthMm > 0 && s.heightMm > 0, s.id).toBe(true);
      for (const zone of [...t.zones, ...starterDocument(kind, identity).zones]) {
        const surface = surfaces.find((s) => s.id === zone.surface);
        expect(surface, `${zone.id} on ${zone.surface}`).toBeDefined();
        const placed = placeRect(zone.rect, zone.anchor, surface!);
        expect(placed.xMm >= 0 && placed.xMm + placed.widthMm <= surface!.widthMm + 1e-6, zone.id).toBe(true);
      }
    },
  );

  it('dresses each surface with a part an option can choose, or a colour of its own', () => {
    const parts = traits.parts(t.geometry).map((p) => p.id);
    expect(parts.length).toBeGreaterThan(0);
    for (const option of t.options) expect(parts, option.id).toContain(option.part);
    for (const surface of surfacesFor(t.geometry, sizes[0]!.measurements)) {
      const base = kindSurfaces(kind).surfaceBase(t.geometry, surface.id);
      if ('part' in base) expect(parts, surface.id).toContain(base.part);
      else expect(base.hex).toMatch(/^#[0-9a-f]{6}$/);
      expect(surfaceColour(t, {}, surface.id), surface.id).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });

  it('names its geometry fields and points of measure where the reference product has them', () => {
    const fields = paths(t.geometry);
    for (const field of Object.keys(traits.fieldLabels)) expect(fields, field).toContain(field);
    for (const { key, label } of traits.measurements) {
      expect(label).not.toBe('');
      for (const v of sizes) expect(v.measurements[key], `${v.label} ${key}`).toBeGreaterThan(0);
    }
  });

  it('has a tech pack covering every point of measure, each row with its source', () => {
    const pack = t.techPack;
    if (!pack) return expect(traits.measurements).toEqual([]);
    expect(pack.pointsOfMeasure.map((p) => p.key)).toEqual(traits.measurements.map((m) => m.key));
    for (const pom of pack.pointsOfMeasure) expect(pom.toleranceMm).toBeGreaterThan(0);
    expect(pack.operations.every((op) => /^\d{3}/.test(op.stitchClass) && op.stitchesPerInch > 0)).toBe(true);
    for (const row of [...pack.billOfMaterials, ...pack.operations, ...pack.pointsOfMeasure])
      expect(row.source.length).toBeGreaterThan(10);
  });

  it('states facts about its build', () => {
    const facts = traits.facts(t.geometry, t);
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) expect(fact).toMatch(/^[^]*\S[^]*$/);
    expect(facts.join(' ')).not.toMatch(/NaN|undefined|Infinity/);
  });

  it.each(sizes.map((v) => [v.label, v.id] as const))(
    'draws its picture to scale in size %s',
    (_label, variantId) => {
      const svg = productIllustrationSvg(t, { variantId });
      expect(isWellFormed(svg)).toBe(true);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
      expect(svg).toContain('data-zone');
      const [x, y, w, h] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map(Number);
      expect([x, y]).toEqual([-ILLUSTRATION_PADDING_MM, -ILLUSTRATION_PADDING_MM]);
      expect(w! > 2 * ILLUSTRATION_PADDING_MM && h! > 2 * ILLUSTRATION_PADDING_MM).toBe(true);
    },
  );

  it('draws in its own colours when no option colours it', () => {
    const bare: Template = { ...t, options: [] };
    expect(productIllustrationSvg(bare)).toContain(`fill="${KIND_DRAWINGS[kind].colours.body}"`);
  });

  it('starts a zone the studio adds with its own anchor and bleed, on the surface', () => {
    const v = sizes.find((s) => s.id === t.sizes.defaultVariant)!;
    for (const surface of surfacesFor(t.geometry, v.measurements)) {
      const { doc, zoneId } = addZone(t, surface.id, v.measurements);
      const zone = doc.zones.find((z) => z.id === zoneId)!;
      expect([zone.anchor, zone.bleedMm]).toEqual([traits.newZone.anchor, traits.newZone.bleedMm]);
      const placed = placeRect(zone.rect, zone.anchor ?? 'top-left', surface);
      // Centred on the surface, to the rounding of whole millimetres.
      expect(Math.abs(placed.xMm * 2 + placed.widthMm - surface.widthMm)).toBeLessThan(1);
    }
  });

  it('offers only fonts the app ships', () => {
    for (const id of new Set(t.zones.flatMap((z) => z.fonts))) {
      const font = FONTS.find((f) => f.id === id);
      expect(font, id).toBeDefined();
      expect(fs.existsSync(path.join('public', font!.file)), font!.file).toBe(true);
    }
  });
});
