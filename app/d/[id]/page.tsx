import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SavedPreview } from '@/components/configurator/saved-preview';
import { DesignSummary } from '@/components/design/design-summary';
import { AddSavedToCart } from '@/components/order/add-saved-to-cart';
import { formatMoney } from '@/lib/money';
import { quote } from '@/lib/pricing/quote';
import { productIllustrationSvg } from '@/lib/render/product-illustration';
import { designZoneArt } from '@/lib/server/design-picture';
import { getDesign, previewImages } from '@/lib/server/designs';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const saved = await getDesign((await params).id);
  return saved ? { title: `A one-of-a-kind ${saved.version.template.name}` } : { title: 'Not found' };
}

export default async function SavedDesignPage({ params }: Props) {
  const saved = await getDesign((await params).id);
  if (!saved) notFound();
  const { template } = saved.version;
  const price = quote(template, saved.design, 1);
  // With the brand fonts and clipart it uses; engraving zones show their images as burnt.
  const art = await designZoneArt(template, saved.design, previewImages(saved.uploads));

  return (
    <>
      <p className="breadcrumbs">
        <Link href="/">Products</Link> / <Link href={`/products/${saved.version.slug}`}>{template.name}</Link>{' '}
        / Saved design
      </p>
      <div className="product">
        <div>
          <SavedPreview
            template={template}
            design={saved.design}
            uploads={Object.values(saved.uploads)}
            fallbackSvg={productIllustrationSvg(template, { title: template.name })}
          />
        </div>
        <div>
          <h1>Your {template.name}</h1>
          <p className="muted">
            Saved design {saved.id} · made on version {saved.version.version} of this product
          </p>
          <p className="price-tag">{formatMoney(price.totalMinor, template.currency)}</p>
          <DesignSummary template={template} design={saved.design} />
          {art.map(({ zone, svg }) => (
            <figure key={zone.id} className="zone-art">
              <div dangerouslySetInnerHTML={{ __html: svg }} />
              <figcaption>{zone.name} artwork, as it will be made</figcaption>
            </figure>
          ))}
          <AddSavedToCart designId={saved.id} />
          <p>
            <Link className="button-link" href={`/products/${saved.version.slug}?from=${saved.id}`}>
              Edit a copy
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}
