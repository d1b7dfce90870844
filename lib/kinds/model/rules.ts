// What a model's geometry must hold beyond its schema: surfaces, parts and views named once,
// surfaces mapped evenly enough to print, and at least one view for the configurator.
import type { TemplateIssue } from '../../templates/rules';
import type { ModelGeometry } from './schema';

/** Above this stretch a surface cannot be sold: the print would visibly distort. */
export const STRETCH_LIMIT_PCT = 10;

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

/** Problems of a model's geometry the schema cannot see. */
export function modelRules(g: ModelGeometry): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  for (const id of duplicates(g.surfaces.map((s) => s.id)))
    issues.push({
      path: ['geometry', 'surfaces'],
      message: `Two surfaces are called "${id}": every surface needs its own id`,
    });
  for (const id of duplicates(g.views.map((v) => v.id)))
    issues.push({
      path: ['geometry', 'views'],
      message: `Two views are called "${id}": every view needs its own id`,
    });
  for (const m of duplicates(g.parts.map((p) => p.material)))
    issues.push({
      path: ['geometry', 'parts'],
      message: `The material "${m}" is listed twice among the parts options can dress`,
    });
  if (g.parts.length === 0)
    issues.push({
      path: ['geometry', 'parts'],
      message: 'List at least one material of the model that options can dress',
    });
  if (g.surfaces.length === 0)
    issues.push({
      path: ['geometry', 'surfaces'],
      message: 'Map at least one printable surface on the model',
    });
  if (g.views.length === 0)
    issues.push({
      path: ['geometry', 'views'],
      message: 'Save at least one camera view for the configurator to open on',
    });
  g.surfaces.forEach((s, i) => {
    if (s.stretchPct > STRETCH_LIMIT_PCT)
      issues.push({
        path: ['geometry', 'surfaces', i, 'stretchPct'],
        message: `Surface "${s.label}" stretches its texture by ${s.stretchPct.toFixed(1)} %, over the ${STRETCH_LIMIT_PCT} % a print can take: choose a more evenly mapped area or fix the UVs`,
      });
  });
  g.views.forEach((v, i) => {
    const [a, b] = [v.positionMm, v.targetMm];
    if (a[0] === b[0] && a[1] === b[1] && a[2] === b[2])
      issues.push({
        path: ['geometry', 'views', i],
        message: `View "${v.label}" looks from its own target: move the camera away`,
      });
  });
  return issues;
}
