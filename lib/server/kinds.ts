import 'server-only';
import type { GeometryOf, ProductKind } from '../kinds/kind';
import type { DrawProductViews, LineSource, ProductViewPicture, ZoneTexture } from '../spec/types';
import type { TemplateIssue } from '../templates/rules';
import { modelServerKind } from './models/server-kind';

// The registry of what a kind does on the server beyond lib/kinds, for kinds made from stored
// files (a brand's 3D model): checking a draft against those files when it is saved and
// published, and drawing the product from its named views for the production sheet. Kinds
// drawn from their numbers alone do neither and need no line here.

export type ServerKind<K extends ProductKind> = {
  /** The draft with the figures the server measures itself, and what it could not measure. */
  remeasure?: <T extends object>(document: T) => Promise<{ document: T; issues: TemplateIssue[] }>;
  /** The ordered product from each of its named views, with each zone's artwork on it. */
  viewPictures?: (
    g: GeometryOf<K>,
    source: LineSource,
    zones: ZoneTexture[],
  ) => Promise<ProductViewPicture[]>;
};

const SERVER_KINDS: { [K in ProductKind]?: ServerKind<K> } = {
  model: modelServerKind,
};

// A draft is not parsed yet: its kind may be anything, or one this build does not know.
function serverKind(kind: unknown): ServerKind<ProductKind> | undefined {
  return typeof kind === 'string' && Object.hasOwn(SERVER_KINDS, kind)
    ? (SERVER_KINDS[kind as ProductKind] as ServerKind<ProductKind>)
    : undefined;
}

/** A draft (not yet parsed) with what its kind measures on the server; unchanged for most kinds. */
export async function remeasureDraft<T extends object>(
  document: T,
): Promise<{ document: T; issues: TemplateIssue[] }> {
  const remeasure = serverKind((document as { geometry?: { kind?: unknown } }).geometry?.kind)?.remeasure;
  return remeasure ? remeasure(document) : { document, issues: [] };
}

/** The ordered product from each of its named views, or none for a kind that draws none. */
export const drawProductViews: DrawProductViews = async (source, zones) => {
  const g = source.template.geometry;
  const draw = serverKind(g.kind)?.viewPictures;
  return draw ? draw(g, source, zones) : [];
};
