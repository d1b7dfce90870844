import type { Metadata } from 'next';
import Link from 'next/link';
import m from '@/components/maker/maker.module.css';
import { ProductionTable } from '@/components/studio/production-table';
import { STUDIO } from '@/lib/auth/roles';
import { requireRole } from '@/lib/server/auth/guard';
import { PRODUCTION_STATES } from '@/lib/server/production/production-state';
import { productionFilterSchema, productionReport } from '@/lib/server/studio/production-report';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Production', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TAB_LABELS = {
  queued: 'Queued',
  rendering: 'Rendering',
  ready: 'Ready',
  failed: 'Failed',
  cancelled: 'Cancelled',
} as const;

export default async function StudioProductionPage({ searchParams }: Props) {
  const { state } = productionFilterSchema.parse(await searchParams);
  await requireRole(STUDIO, state ? `/studio/production?state=${state}` : '/studio/production');
  const report = await productionReport({ state });
  return (
    <>
      <h1>Production</h1>
      <p className="lede">
        Every order&apos;s production files are rendered by a worker when the order is placed. Here is where
        each order&apos;s files are; a failed render can be tried again.
      </p>
      <nav aria-label="Production states">
        <ul className={m.tabs}>
          <li>
            <Link href="/studio/production" aria-current={state ? undefined : 'page'}>
              Latest orders
            </Link>
          </li>
          {PRODUCTION_STATES.map((s) => (
            <li key={s}>
              <Link href={`/studio/production?state=${s}`} aria-current={state === s ? 'page' : undefined}>
                {TAB_LABELS[s]} <span className={m.count}>{report.counts[s]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {report.rows.length === 0 ? <p>No orders here.</p> : <ProductionTable rows={report.rows} />}
    </>
  );
}
