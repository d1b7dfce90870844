// A mug's handle clearance must leave some wall to print on.
import type { TemplateIssue } from '../../templates/rules';
import type { MugGeometry } from './schema';

/** Problems of a mug's geometry the schema cannot see. */
export function mugRules(g: MugGeometry): TemplateIssue[] {
  return g.handleClearanceMm >= Math.PI * g.diameterMm
    ? [
        {
          path: ['geometry', 'handleClearanceMm'],
          message: 'The handle clearance is larger than the mug circumference',
        },
      ]
    : [];
}
