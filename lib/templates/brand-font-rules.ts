// Brand fonts named by a template's zones must be fonts the brand has stored: checked when the
// studio publishes (the template rules alone only know the id's shape).
import { isBrandFontId } from './fonts';
import type { TemplateIssue } from './rules';
import type { Template } from './schema';

/** Issues for every brand font id a zone lists that is not among the brand's stored fonts. */
export function brandFontIssues(
  template: Pick<Template, 'zones'>,
  brandFontIds: ReadonlySet<string>,
): TemplateIssue[] {
  return template.zones.flatMap((zone, i) =>
    zone.fonts.flatMap((font, j) =>
      isBrandFontId(font) && !brandFontIds.has(font)
        ? [
            {
              path: ['zones', i, 'fonts', j],
              message: `Zone "${zone.name}" offers a brand font that is no longer stored: upload it again on the assets page or untick it`,
            },
          ]
        : [],
    ),
  );
}
