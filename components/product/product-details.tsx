import { formatMoney } from '@/lib/money';
import type { PublishedTemplate } from '@/lib/server/templates';
import { productFacts } from '@/lib/kinds/traits';
import { fromPriceMinor } from '@/lib/templates/from-price';
import { FontFaces } from './font-faces';
import { OptionList } from './option-list';
import { QuantityBreaks } from './quantity-breaks';
import { SizeTable } from './size-table';
import { ZoneList } from './zone-list';

/** Everything a shopper or maker may want to check: build, sizes, options and zones in mm. */
export function ProductDetails({ product }: { product: PublishedTemplate }) {
  const { template } = product;
  return (
    <section className="details" aria-labelledby="details-heading">
      <FontFaces fontIds={template.zones.flatMap((z) => z.fonts)} />
      <h2 id="details-heading">Product details</h2>
      <p>{template.description}</p>
      <p className="price-tag">from {formatMoney(fromPriceMinor(template), template.currency)}</p>
      <ul className="facts" aria-label="Product facts">
        {productFacts(template).map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      <QuantityBreaks template={template} />
      <h3>{template.sizes.variants.length > 1 ? 'Sizes' : template.sizes.label}</h3>
      <SizeTable template={template} />
      <h3>Options</h3>
      <OptionList template={template} />
      <h3>Personalization zones</h3>
      <ZoneList template={template} />
      <p className="muted">
        Version {product.version}, published {new Date(product.publishedAt).toLocaleDateString('en-GB', { dateStyle: 'long' })}.
      </p>
    </section>
  );
}
