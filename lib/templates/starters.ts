// Where a new template starts: one per product kind, derived from the seed catalogue (its real
// geometry, sizes and tech pack) and trimmed to one colour option and one zone, so a brand
// begins from something that already renders and prices, and changes it into their product.
// Adding a product kind means adding its entry here and in kinds.ts (TypeScript insists).
import type { ProductKind } from '../kinds/kind';
import type { Template, TemplateInput } from './schema';
import { assertTemplate } from './validate';
import { jeans } from '../kinds/jeans/seed';
import { mug } from '../kinds/mug/seed';
import { phoneCase } from '../kinds/phone-case/seed';
import { tee } from '../kinds/tee/seed';
import { toteStarter } from '../kinds/tote/seed';

/** What the brand types when creating a template; the rest comes from the starter. */
export type StarterIdentity = Pick<TemplateInput, 'slug' | 'name' | 'brand' | 'currency' | 'description'>;

type Starter = {
  seed: TemplateInput;
  /** Which of the seed's options and zones the starter keeps, and how many choices. */
  option: string;
  choices: number;
  zone: string;
};

const STARTERS: Record<ProductKind, Starter> = {
  'phone-case': {
    seed: phoneCase,
    option: 'finish',
    choices: 2,
    zone: 'back',
  },
  mug: {
    seed: mug,
    option: 'inside',
    choices: 2,
    zone: 'wrap',
  },
  tee: {
    seed: tee,
    option: 'colour',
    choices: 2,
    zone: 'front',
  },
  jeans: {
    seed: jeans,
    option: 'wash',
    choices: 2,
    zone: 'pocket-embroidery',
  },
  tote: {
    seed: toteStarter(),
    option: 'colour',
    choices: 2,
    zone: 'front',
  },
};

/** A new template document of `kind` with the brand's identity, defaults filled in: valid as it stands. */
export function starterDocument(kind: ProductKind, identity: StarterIdentity): Template {
  const starter = STARTERS[kind];
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
