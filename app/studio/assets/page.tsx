import type { Metadata } from 'next';
import { ClipartSection } from '@/components/studio/assets/clipart-section';
import { FontsSection } from '@/components/studio/assets/fonts-section';
import { STUDIO } from '@/lib/auth/roles';
import { requireRole } from '@/lib/server/auth/guard';
import { brandFontSample, listBrandFonts } from '@/lib/server/brand-fonts';
import { listBrandClipart } from '@/lib/server/clipart/store';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Brand assets', robots: { index: false } };

export default async function AssetsPage() {
  await requireRole(STUDIO, '/studio/assets');
  const [fonts, clipart] = await Promise.all([listBrandFonts(), listBrandClipart()]);
  const withSamples = await Promise.all(fonts.map(async (f) => ({ ...f, sample: await brandFontSample(f) })));
  return (
    <>
      <h1>Brand assets</h1>
      <p className="lede">Your own fonts and clipart, for the zones of your products.</p>
      <FontsSection fonts={withSamples} />
      <ClipartSection brand={clipart} />
    </>
  );
}
