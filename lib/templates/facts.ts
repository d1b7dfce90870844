// Short, factual lines about a product's build, derived from its geometry.
import { jeansFacts } from '../kinds/jeans/facts';
import { mugFacts } from '../kinds/mug/facts';
import { phoneCaseFacts } from '../kinds/phone-case/facts';
import { teeFacts } from '../kinds/tee/facts';
import { toteFacts } from '../kinds/tote/facts';
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
      return toteFacts(g, template);
  }
}
