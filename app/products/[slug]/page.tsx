import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FontFaces } from '@/components/product/font-faces';
import { OptionList } from '@/components/product/option-list';
import { QuantityBreaks } from '@/components/product/quantity-breaks';
import { SizeTable } from '@/components/product/size-table';
import { ZoneList } from '@/components/product/zone-list';
import { ProductPicture } from '@/components/ui/product-picture';
import { formatMoney } from '@/lib/money';
import { getProduct } from '@/lib/server/templates';
import { productFacts } from '@/lib/templates/facts';
import { fromPriceMinor } from '@/lib/templates/from-price';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await getProduct((await params).slug);
  return product ? { title: product.template.name, description: product.template.description } : { title: 'Not found' };
}

export default async function ProductPage({ params }: Props) {
  const product = await getProduct((await params).slug);
  if (!product) notFound();
  const { template } = product;
  return (
    <>
      <FontFaces fontIds={template.zones.flatMap((z) => z.fonts)} />
      <p className="breadcrumbs">
        <Link href="/">Products</Link> / {template.name}
      </p>
      <div className="product">
        <ProductPicture template={template} />
        <div>
          <h1>{template.name}</h1>
          <p className="muted">{template.brand}</p>
          <p className="price-tag">from {formatMoney(fromPriceMinor(template), template.currency)}</p>
          <p>{template.description}</p>
          <ul className="facts" aria-label="Product facts">
            {productFacts(template).map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
          <QuantityBreaks template={template} />

          <h2>{template.sizes.variants.length > 1 ? 'Sizes' : template.sizes.label}</h2>
          <SizeTable template={template} />

          <h2>Options</h2>
          <OptionList template={template} />

          <h2>Personalization zones</h2>
          <ZoneList template={template} />

          <p className="muted">
            Version {product.version}, published {new Date(product.publishedAt).toLocaleDateString('en-GB', { dateStyle: 'long' })}.
          </p>
        </div>
      </div>
    </>
  );
}
