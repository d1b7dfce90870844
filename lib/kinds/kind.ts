// What a product kind is made of, as types only: browser code imports them without shipping zod.
// Each kind's folder, lib/kinds/<kind>/, exports one object per interface below, and a registry
// holds them by kind. The registries are split along bundle lines, so that a page ships only
// what it uses:
//   schemas.ts   the zod geometry schemas (studio, server); a kind's schema there makes it a kind
//   surfaces.ts  KindSurfaces: where artwork goes (everywhere, the shopper's browser too)
//   traits.ts    KindTraits: names, parts, sizes, rules, facts (studio, server-rendered pages)
//   drawings.ts  KindDrawing: the catalogue picture (server-rendered pages, production sheets)
//   starters.ts  KindStarter: the reference product a new template starts from (server)
// components/kinds/ holds each kind's 3D model and studio geometry form the same way.
import type { z } from 'zod';
import type { Drawing, Palette, PlacedZone } from '../render/illustration/svg';
import type { Surface } from '../templates/geometry';
import type { TemplateIssue } from '../templates/rules';
import type { Template, TemplateInput, Zone } from '../templates/schema';
import type { geometrySchema } from './schemas';

/** A product's geometry in millimetres, one shape per kind. */
export type Geometry = z.infer<typeof geometrySchema>;
/** 'phone-case', 'mug', 'tee', 'jeans', 'tote', 'model': one per schema in lib/kinds/schemas.ts. */
export type ProductKind = Geometry['kind'];
/** The geometry of one kind. */
export type GeometryOf<K extends ProductKind> = Extract<Geometry, { kind: K }>;
/** A size's points of measure, in mm, by key ('chestWidthMm'). */
export type Measurements = Record<string, number>;

/** Where artwork goes on a kind: its unwrapped surfaces, and what each one is seen on. */
export type KindSurfaces<K extends ProductKind> = {
  /** The flat areas zones are placed on, in one size (garment panels follow its measurements). */
  surfaces(g: GeometryOf<K>, measurements: Measurements): Surface[];
  /**
   * What a zone's artwork sits on: the part whose chosen colour shows there, or a colour no
   * option changes (the jeans' leather patch).
   */
  surfaceBase(g: GeometryOf<K>, surfaceId: string): { part: string } | { hex: string };
  /** Camera views the configurator offers by name (a brand's saved views of its model); none by default. */
  views?(g: GeometryOf<K>): ReadonlyArray<{ id: string; label: string }>;
};

/** A kind as brands read it, and the checks and facts that depend on it. */
export type KindTraits<K extends ProductKind> = {
  label: string;
  /** One line for the kind picker: what the kind is and what the brand will set. */
  summary: string;
  /**
   * The parts of the 3D model an option's choices can dress. A function of the geometry: a
   * procedural kind has a fixed list, an uploaded model has its materials.
   */
  parts(g: GeometryOf<K>): ReadonlyArray<{ id: string; label: string }>;
  /** Points of measure every size must state (garments), with their names; none for one-size kinds. */
  measurements: ReadonlyArray<{ key: string; label: string }>;
  /** How a zone the brand draws in the studio starts: where its x is measured from, and its bleed. */
  newZone: { anchor: 'top-left' | 'top-centre'; bleedMm: number };
  /** Names of the geometry's fields, by path inside the geometry without list positions ('shell.lipMm'). */
  fieldLabels: Readonly<Record<string, string>>;
  /** Cross-field problems of the geometry the schema cannot see, phrased so a brand knows what to fix. */
  rules(g: GeometryOf<K>): TemplateIssue[];
  /** Short, factual lines about the product's build for its page ("Outer size 74.3 × 152.4 × 9.7 mm"). */
  facts(g: GeometryOf<K>, template: Template): string[];
  /** What spec.json states of the product and its zones beyond every kind's fields; nothing by default. */
  spec?: KindSpecFacts<K>;
  /** Files the geometry names by content hash (a brand's 3D model), which seeding stores; none by default. */
  storedFiles?(g: GeometryOf<K>): ReadonlyArray<{ fileName: string; sha256: string }>;
};

/** A stored 3D model a product is made from, as spec.json names it. */
export type ModelSpec = {
  sha256: string;
  bytes: number;
  fileName: string;
  /** glTF units to mm, as the brand set it. */
  scaleToMm: number;
  boundsMm: { x: number; y: number; z: number };
};

/** Where a zone lies on a 3D model, as spec.json states it. */
export type ZoneOnModel = {
  mesh: string;
  /** The zone's trim as a rectangle of the mesh's UV space (glTF's convention, v down). */
  uv: { u0: number; v0: number; u1: number; v1: number };
  /** The measured surface the zone is placed on: its size on the product and its stretch. */
  surface: { id: string; widthMm: number; heightMm: number; stretchPct: number };
};

/** spec.json's kind-specific facts: of the product (its 3D model), and of each zone on it. */
export type KindSpecFacts<K extends ProductKind> = {
  product(g: GeometryOf<K>): { model?: ModelSpec };
  zone(g: GeometryOf<K>, zone: Zone): { onModel?: ZoneOnModel };
};

/** The catalogue picture of a kind: a flat SVG drawing to scale. */
export type KindDrawing<K extends ProductKind> = {
  /** Draws the product in one size with its zones outlined; `zones` are placed on its surfaces. */
  draw(g: GeometryOf<K>, measurements: Measurements, zones: PlacedZone[], palette: Palette): Drawing;
  /** Colours the drawing uses when no option sets them. */
  colours: { body: string; thread?: string };
};

/** Where a new template of a kind starts: its reference product, trimmed. */
export type KindStarter = {
  /** The kind's reference product: real geometry, sizes and tech pack. Never mutated; copy it. */
  seed: TemplateInput;
  /** Whether the shop is seeded with the reference product (`npm start`). */
  seeded: boolean;
  /** Further products of the kind the shop is seeded with (two products made from 3D models). */
  alsoSeeded?: TemplateInput[];
  /** The one option (with its first `choices` choices) and the one zone a new template keeps. */
  option: string;
  choices: number;
  zone: string;
};
