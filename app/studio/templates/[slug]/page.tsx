import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TemplateEditor } from '@/components/studio/editor/template-editor';
import { requireRole } from '@/lib/server/auth/guard';
import { loadDraft } from '@/lib/server/studio/studio-templates';
import { getProduct, listVersions } from '@/lib/server/templates';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit ${(await params).slug}` };
}

export default async function EditTemplatePage({ params }: Props) {
  const { slug } = await params;
  await requireRole(['admin'], `/studio/templates/${slug}`);
  const draft = await loadDraft(slug);
  if (!draft) notFound();
  // The latest version even when archived (getProduct hides archived ones from shoppers).
  const published = draft.latestVersion
    ? ((await getProduct(slug)) ?? (await listVersions(slug))[0] ?? null)
    : null;
  const init = {
    slug: draft.slug,
    doc: draft.document,
    revision: draft.revision,
    savedAt: draft.savedAt,
    savedBy: draft.savedBy,
    latestVersion: draft.latestVersion,
    publishedDoc: published?.template ?? null,
    unpublished: draft.hasDraft,
  };
  // Keyed by address: a renamed template opens afresh from the server's draft.
  return <TemplateEditor key={slug} init={init} archived={draft.archived} />;
}
