// Short, factual lines about a product's build, derived from its geometry.
import { formatMm } from '../units';
import { jeansFacts } from '../kinds/jeans/facts';
import { mugFacts } from '../kinds/mug/facts';
import { phoneCaseFacts } from '../kinds/phone-case/facts';
import { teeFacts } from '../kinds/tee/facts';
import { handleDrop } from './layouts/tote-flat';
import type { Template } from './schema';

/** Key physical facts for a product page, e.g. "Outer size 74.4 × 153 × 10.8 mm". */
export function productFacts(template: Template): string[] {
  const g = template.geometry;
  switch (g.kind) {
    case 'phone-case':
      return phoneCaseFacts(g, template);
    case 'mug':
      return mugFacts(g, template);
    case 'tee':
      return teeFacts(g, template);
    case 'jeans':
      return jeansFacts(g, template);
    case 'tote':
      return [
        `${g.fabric.weightOz} oz canvas (${Math.round(g.fabric.weightOz * GSM_PER_OZ)} g/m²)`,
        g.fabric.composition,
        `${round(g.panel.widthMm)} × ${round(g.panel.heightMm)} mm, ${formatMm(g.gussetMm)} gusset`,
        `Handles ${formatMm(g.handle.lengthMm)} long, ${formatMm(Math.round(handleDrop(g)))} drop`,
      ];
  }
}

const round = (mm: number) => Math.round(mm * 10) / 10;
/** 1 oz per square yard in g/m²: 28.3495 g over 0.836127 m². */
const GSM_PER_OZ = 33.906;
