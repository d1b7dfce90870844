import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Configurator } from '@/components/configurator/configurator';
import s from '@/components/studio/studio.module.css';
import { newDesign } from '@/lib/design/defaults';
import { productIllustrationSvg } from '@/lib/render/product-illustration';
import { requireRole } from '@/lib/server/auth/guard';
import { loadDraft } from '@/lib/server/studio/studio-templates';
import { describePath } from '@/lib/templates/diff';
import { parseTemplate } from '@/lib/templates/validate';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Try as shopper' };

type Props = { params: Promise<{ slug: string }> };

/** The saved draft in the shopper's configurator, with its live quote: nothing is published or ordered. */
export default async function TryTemplatePage({ params }: Props) {
  const { slug } = await params;
  await requireRole(['admin'], `/studio/templates/${slug}/try`);
  const draft = await loadDraft(slug);
  if (!draft) notFound();
  const parsed = parseTemplate(draft.document);
  const back = `/studio/templates/${slug}`;
  const crumbs = (
    <p className={s.crumbs}>
      <Link href="/studio/templates">Templates</Link> / <Link href={back}>{draft.document.name || slug}</Link>{' '}
      / Try as shopper
    </p>
  );
  if (!parsed.ok)
    return (
      <>
        {crumbs}
        <h1>This draft cannot be tried yet</h1>
        <p className="lede">Shoppers could not open it either. Fix these first, then try again:</p>
        <ul>
          {parsed.issues.map((issue, i) => (
            <li key={i}>
              <strong>{describePath(issue.path, draft.document) || 'Template'}</strong>: {issue.message}
            </li>
          ))}
        </ul>
        <p>
          <Link href={back} className={s.primary}>
            Back to the editor
          </Link>
        </p>
      </>
    );
  const template = parsed.template;
  return (
    <>
      {crumbs}
      <div role="note" aria-label="Preview" className={s.previewBanner}>
        <strong>Preview of your unpublished draft.</strong> Shoppers cannot see this page, and nothing here
        can be saved or ordered. The price is the live quote shoppers will get once you publish.{' '}
        <Link href={back}>Back to the editor</Link>
      </div>
      <h1>{template.name}</h1>
      <p className="muted">
        {template.brand} · draft saved{' '}
        {draft.savedAt ? new Date(draft.savedAt).toUTCString().slice(5, 22) + ' UTC' : ''}
      </p>
      <Configurator
        template={template}
        versionId=""
        initial={newDesign(template)}
        uploads={[]}
        fallbackSvg={productIllustrationSvg(template, { title: template.name })}
        preview
      />
    </>
  );
}
