import { productIllustrationSvg } from '@/lib/render/product-illustration';
import type { Template } from '@/lib/templates/schema';

/** The product drawn from its template geometry (our own generated SVG, so inlining is safe). */
export function ProductPicture({ template, className = 'picture' }: { template: Template; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: productIllustrationSvg(template, { title: template.name }) }} />;
}
