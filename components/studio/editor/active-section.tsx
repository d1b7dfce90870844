'use client';
import type { ComponentType } from 'react';
import { SECTIONS, type SectionId } from '@/lib/studio/field-issues';
import { GeometrySection } from '../sections/geometry-section';
import { OptionsSection } from '../sections/options-section';
import { PricingSection } from '../sections/pricing-section';
import { ProductSection } from '../sections/product-section';
import { RulesSection } from '../sections/rules-section';
import { SizesSection } from '../sections/sizes-section';
import { ZonesSection } from '../sections/zones-section';
import { useDraft } from './draft-context';
import { panelId, tabId } from './section-tabs';
import b from '../studio.module.css';

const PANELS: Record<SectionId, ComponentType<{ archived: boolean }>> = {
  product: ProductSection,
  geometry: GeometrySection,
  sizes: SizesSection,
  options: OptionsSection,
  rules: RulesSection,
  zones: ZonesSection,
  pricing: PricingSection,
};

/** The open section's form, as the tab panel of its tab. */
export function ActiveSection({ archived }: { archived: boolean }) {
  const section = useDraft((st) => st.section);
  const Panel = PANELS[section];
  const label = SECTIONS.find((x) => x.id === section)?.label;
  return (
    <div role="tabpanel" id={panelId(section)} aria-labelledby={tabId(section)}>
      <h2 className={b.srOnly}>{label}</h2>
      <Panel archived={archived} />
    </div>
  );
}
