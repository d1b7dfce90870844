// A phone case's camera cut-out must lie on its back, and the device's corners must fit it.
import type { TemplateIssue } from '../../templates/rules';
import { describeOverflow, overflow } from '../../templates/issue-format';
import type { PhoneCaseGeometry } from './schema';
import { phoneCaseSurfaces } from './surfaces';

/** Problems of a phone case's geometry the schema cannot see. */
export function phoneCaseRules(g: PhoneCaseGeometry): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const [back] = phoneCaseSurfaces.surfaces(g, {});
  const where = back && describeOverflow(overflow(g.camera, back.widthMm, back.heightMm));
  if (where)
    issues.push({
      path: ['geometry', 'camera'],
      message: `The camera cut-out extends beyond the case back by ${where}`,
    });
  if (g.device.cornerRadiusMm * 2 > Math.min(g.device.widthMm, g.device.heightMm))
    issues.push({
      path: ['geometry', 'device', 'cornerRadiusMm'],
      message: 'The corner radius is more than half the device width',
    });
  return issues;
}
