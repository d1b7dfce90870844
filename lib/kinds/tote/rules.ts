// A tote's handles must fit on its panels and be long enough to form a loop.
import { fmt } from '../../templates/issue-format';
import type { TemplateIssue } from '../../templates/rules';
import type { ToteGeometry } from './schema';

/** Problems of a tote's geometry the schema cannot see. */
export function toteRules(g: ToteGeometry): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const { widthMm: W, heightMm: H } = g.panel;
  const h = g.handle;
  const at = (...path: string[]) => ['geometry', ...path];
  if (h.spacingMm + h.widthMm > W)
    issues.push({
      path: at('handle', 'spacingMm'),
      message: `The handle ends (${fmt(h.spacingMm)} apart, ${fmt(h.widthMm)} wide) do not fit on the ${fmt(W)} wide panel: make the spacing at most ${fmt(W - h.widthMm)}`,
    });
  if (h.spacingMm <= h.widthMm)
    issues.push({
      path: at('handle', 'spacingMm'),
      message: `The two ends of a handle overlap: the spacing (${fmt(h.spacingMm)}) must be more than the handle width (${fmt(h.widthMm)})`,
    });
  if (h.lengthMm <= h.spacingMm)
    issues.push({
      path: at('handle', 'lengthMm'),
      message: `A ${fmt(h.lengthMm)} handle cannot loop between ends ${fmt(h.spacingMm)} apart: make it longer than the spacing`,
    });
  if (h.attachMm >= H)
    issues.push({
      path: at('handle', 'attachMm'),
      message: `The handles are sewn on ${fmt(h.attachMm)} down a panel only ${fmt(H)} tall`,
    });
  if (g.topHemMm >= H)
    issues.push({
      path: at('topHemMm'),
      message: `The top hem (${fmt(g.topHemMm)}) is as deep as the panel is tall (${fmt(H)})`,
    });
  return issues;
}
