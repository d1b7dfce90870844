import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Configurator } from '@/components/configurator/configurator';
import { adaptDesign } from '@/lib/design/adapt';
import { newDesign } from '@/lib/design/defaults';
import { libraryClipartOf } from '@/lib/layers/clipart/art';
import { embedOriginSchema, isAllowedOrigin } from '@/lib/embed/origins';
import { productIllustrationSvg } from '@/lib/render/product-illustration';
import { getDesign } from '@/lib/server/designs';
import { listEmbedOrigins } from '@/lib/server/embed/origins';
import { readEnv } from '@/lib/server/env';
import { getProduct } from '@/lib/server/templates';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ design?: string; host?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await getProduct((await params).slug);
  return {
    title: product ? `Personalize the ${product.template.name}` : 'Not found',
    robots: { index: false },
  };
}

/**
 * The configurator alone, for another store's page (embed.js frames it): no shop header, cart
 * or footer. `host` is the store page's origin; the page talks to it only when the brand allowed
 * it (the proxy's frame-ancestors keeps other sites from framing it at all). `design` reopens a
 * design saved in an embed, for editing.
 */
export default async function EmbedPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [product, allowed] = await Promise.all([getProduct(slug), listEmbedOrigins()]);
  if (!product) notFound();
  const { template } = product;
  const source = typeof query.design === 'string' ? await getDesign(query.design) : null;
  const reopened = source && source.version.slug === slug ? source : null;
  const initial = reopened ? adaptDesign(template, reopened.design) : newDesign(template);
  // The shop itself may frame its embed too (the studio's preview).
  const allowedOrigins = [...allowed, new URL(readEnv().publicUrl).origin];
  const host = embedOriginSchema.safeParse(query.host ?? '');
  const hostOrigin = host.success && isAllowedOrigin(host.data, allowedOrigins) ? host.data : null;

  return (
    <>
      <h1 className="visually-hidden">Personalize the {template.name}</h1>
      <Configurator
        template={template}
        versionId={product.versionId}
        initial={initial}
        uploads={Object.values(reopened?.uploads ?? {})}
        fallbackSvg={productIllustrationSvg(template, { title: template.name })}
        clipart={libraryClipartOf(Object.values(initial.zones).flatMap((z) => z.layers))}
        embed={{ target: { productSlug: slug, hostOrigin }, allowedOrigins }}
      />
    </>
  );
}
