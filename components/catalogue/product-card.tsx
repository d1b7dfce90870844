import Link from 'next/link';
import { formatMoney } from '@/lib/money';
import type { CatalogueEntry } from '@/lib/server/templates';
import { ProductPicture } from '../ui/product-picture';

/** One product in the catalogue grid: picture, name, brand and "from" price. */
export function ProductCard({ entry }: { entry: CatalogueEntry }) {
  const { template } = entry;
  return (
    <Link href={`/products/${entry.slug}`} className="product-card">
      <ProductPicture template={template} />
      <div className="body">
        <h2>{template.name}</h2>
        <span className="brand">{template.brand}</span>
        <span className="price">from {formatMoney(entry.fromPriceMinor, template.currency)}</span>
      </div>
    </Link>
  );
}
