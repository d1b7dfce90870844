import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Configurator } from '@/components/configurator/configurator';
import { ProductDetails } from '@/components/product/product-details';
import { adaptDesign } from '@/lib/design/adapt';
import { newDesign } from '@/lib/design/defaults';
import { libraryClipartOf } from '@/lib/layers/clipart/art';
import { productIllustrationSvg } from '@/lib/render/product-illustration';
import { getDesign } from '@/lib/server/designs';
import { getProduct } from '@/lib/server/templates';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ from?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await getProduct((await params).slug);
  return product
    ? { title: `Personalize the ${product.template.name}`, description: product.template.description }
    : { title: 'Not found' };
}

export default async function ProductPage({ params, searchParams }: Props) {
  const [{ slug }, { from }] = await Promise.all([params, searchParams]);
  const product = await getProduct(slug);
  if (!product) notFound();
  const { template } = product;
  // "Edit a copy" of a saved design starts from it, carried over to the latest version.
  const source = from ? await getDesign(from) : null;
  const copy = source && source.version.slug === slug ? source : null;
  const initial = copy ? adaptDesign(template, copy.design) : newDesign(template);

  return (
    <>
      <p className="breadcrumbs">
        <Link href="/">Products</Link> / {template.name}
      </p>
      <h1>{template.name}</h1>
      <p className="muted">
        {template.brand}
        {copy && ' · editing a copy of a saved design'}
      </p>
      <Configurator
        template={template}
        versionId={product.versionId}
        initial={initial}
        uploads={Object.values(copy?.uploads ?? {})}
        fallbackSvg={productIllustrationSvg(template, { title: template.name })}
        clipart={libraryClipartOf(Object.values(initial.zones).flatMap((z) => z.layers))}
      />
      <ProductDetails product={product} />
    </>
  );
}
