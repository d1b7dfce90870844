// The registry of starters: each kind's reference product (real geometry, sizes and tech pack)
// and how a new template is cut from it, trimmed to one colour option and one zone, so a brand
// begins from something that already renders and prices, and changes it into their product.
// Server only: the studio's create action and the seed catalogue (lib/templates/catalogue).
import type { Template, TemplateInput } from '../templates/schema';
import { assertTemplate } from '../templates/validate';
import { jeansStart } from './jeans/starter';
import type { KindStarter, ProductKind } from './kind';
import { modelStart } from './model/starter';
import { mugStart } from './mug/starter';
import { phoneCaseStart } from './phone-case/starter';
import { teeStart } from './tee/starter';
import { toteStart } from './tote/starter';

export const KIND_STARTERS: Record<ProductKind, KindStarter> = {
  'phone-case': phoneCaseStart,
  mug: mugStart,
  tee: teeStart,
  jeans: jeansStart,
  tote: toteStart,
  model: modelStart,
};

/** What the brand types when creating a template; the rest comes from the starter. */
export type StarterIdentity = Pick<TemplateInput, 'slug' | 'name' | 'brand' | 'currency' | 'description'>;

/** A new template document of `kind` with the brand's identity, defaults filled in: valid as it stands. */
export function starterDocument(kind: ProductKind, identity: StarterIdentity): Template {
  const starter = KIND_STARTERS[kind];
  const seed = structuredClone(starter.seed);
  const option = seed.options.find((o) => o.id === starter.option);
  const zone = seed.zones.find((z) => z.id === starter.zone);
  const zonePrice = seed.pricing.zones.find((p) => p.zone === starter.zone);
  if (!option || !zone || !zonePrice)
    throw new Error(`The ${kind} starter names an option or zone its seed lacks`);
  const choices = option.choices.slice(0, starter.choices).map((c) => ({ ...c, priceDeltaMinor: 0 }));
  return assertTemplate({
    ...seed,
    ...identity,
    sizes: { ...seed.sizes, variants: seed.sizes.variants.map((v) => ({ ...v, priceDeltaMinor: 0 })) },
    options: [{ ...option, defaultChoice: choices[0]!.id, choices }],
    rules: [],
    zones: [zone],
    pricing: { basePriceMinor: seed.pricing.basePriceMinor, zones: [zonePrice], quantityBreaks: [] },
  });
}
