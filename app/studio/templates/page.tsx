import type { Metadata } from 'next';
import Link from 'next/link';
import { TemplateTable } from '@/components/studio/template-table';
import s from '@/components/studio/studio.module.css';
import { requireRole } from '@/lib/server/auth/guard';
import { listStudioTemplates } from '@/lib/server/studio/studio-templates';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Templates' };

export default async function StudioTemplatesPage() {
  await requireRole(['admin'], '/studio/templates');
  const templates = await listStudioTemplates();
  return (
    <>
      <div className={s.bar}>
        <div>
          <h1>Templates</h1>
        </div>
        <div>
          <Link href="/studio/templates/new?kind=model" className={s.button}>
            New product from a 3D model
          </Link>{' '}
          <Link href="/studio/templates/new" className={s.primary}>
            New template
          </Link>
        </div>
      </div>
      <p className="lede">
        Each template is a product shoppers personalise. Edit a draft, try it as a shopper, then publish it:
        shoppers only ever see published versions, and every order keeps the version it was made on.
      </p>
      <TemplateTable templates={templates} />
    </>
  );
}
