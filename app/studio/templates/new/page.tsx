import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NewTemplateForm } from '@/components/studio/new-template-form';
import s from '@/components/studio/studio.module.css';
import { PRODUCT_KINDS } from '@/lib/kinds/traits';
import { requireRole } from '@/lib/server/auth/guard';
import { loadDraft } from '@/lib/server/studio/studio-templates';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New template' };

type Props = { searchParams: Promise<{ from?: string; kind?: string }> };

export default async function NewTemplatePage({ searchParams }: Props) {
  const { from, kind } = await searchParams;
  await requireRole(
    ['admin'],
    from ? `/studio/templates/new?from=${encodeURIComponent(from)}` : '/studio/templates/new',
  );
  const source = from ? await loadDraft(from) : null;
  if (from && !source) notFound();
  const copyOf = source ? { slug: source.slug, name: source.document.name } : undefined;
  const defaults = copyOf
    ? { name: `${copyOf.name} (copy)`, slug: `${copyOf.slug}-copy`, brand: '', currency: '', description: '' }
    : { name: '', slug: '', brand: '', currency: 'EUR', description: '' };
  return (
    <>
      <p className={s.crumbs}>
        <Link href="/studio/templates">Templates</Link> / {copyOf ? 'Duplicate' : 'New'}
      </p>
      <h1>{copyOf ? `Duplicate “${copyOf.name}”` : 'New template'}</h1>
      <p className="lede">
        {copyOf
          ? 'The copy starts as an unpublished draft with everything the original has (its unpublished changes too).'
          : 'Pick the kind of product. It starts with real dimensions, one colour option and one print zone, which you then make your own.'}
      </p>
      <NewTemplateForm
        kinds={PRODUCT_KINDS}
        copyOf={copyOf}
        defaults={defaults}
        initialKind={PRODUCT_KINDS.some((k) => k.kind === kind) ? kind : undefined}
      />
    </>
  );
}
