// Cross-field rules of a template document, phrased so a brand knows what to fix.
import { kindTraits, requiredMeasurements } from '../kinds/traits';
import { isKnownCurrency } from '../money';
import { findFont, isBrandFontId } from './fonts';
import { placeRect, surfacesFor } from './geometry';
import { describeOverflow, fmt, overflow } from './issue-format';
import { measurementLabel } from './measurements';
import type { Template } from './schema';

export type TemplateIssue = { path: Array<string | number>; message: string };

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false))))];
}

function checkUnique(issues: TemplateIssue[], ids: string[], path: Array<string | number>, what: string) {
  for (const dup of duplicates(ids))
    issues.push({ path, message: `Duplicate ${what} id "${dup}": every ${what} needs its own id` });
}

/** Every cross-field problem in a structurally valid template document. */
export function templateRules(doc: Template): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  if (!isKnownCurrency(doc.currency))
    issues.push({
      path: ['currency'],
      message: `Unknown currency "${doc.currency}": use an ISO 4217 code such as EUR or USD`,
    });

  const variants = doc.sizes.variants;
  checkUnique(
    issues,
    variants.map((v) => v.id),
    ['sizes', 'variants'],
    'size',
  );
  if (!variants.some((v) => v.id === doc.sizes.defaultVariant))
    issues.push({
      path: ['sizes', 'defaultVariant'],
      message: `Default size "${doc.sizes.defaultVariant}" is not one of the sizes`,
    });
  const required = requiredMeasurements(doc.geometry.kind);
  variants.forEach((v, i) => {
    for (const key of required)
      if (!(key in v.measurements))
        issues.push({
          path: ['sizes', 'variants', i, 'measurements', key],
          message: `Size ${v.label} is missing the measurement “${measurementLabel(key)}”`,
        });
  });

  doc.techPack?.pointsOfMeasure.forEach((pom, i) => {
    if (variants.some((v) => !(pom.key in v.measurements)))
      issues.push({
        path: ['techPack', 'pointsOfMeasure', i, 'key'],
        message: `Point of measure “${measurementLabel(pom.key)}” is not measured in every size`,
      });
  });

  checkUnique(
    issues,
    doc.options.map((o) => o.id),
    ['options'],
    'option',
  );
  doc.options.forEach((option, i) => {
    checkUnique(
      issues,
      option.choices.map((c) => c.id),
      ['options', i, 'choices'],
      'choice',
    );
    if (!option.choices.some((c) => c.id === option.defaultChoice))
      issues.push({
        path: ['options', i, 'defaultChoice'],
        message: `Default choice "${option.defaultChoice}" is not a choice of ${option.name}`,
      });
  });

  checkUnique(
    issues,
    doc.rules.map((r) => r.id),
    ['rules'],
    'rule',
  );
  doc.rules.forEach((rule, i) => {
    rule.forbid.forEach((term, j) => {
      const option = doc.options.find((o) => o.id === term.option);
      if (!option)
        issues.push({
          path: ['rules', i, 'forbid', j, 'option'],
          message: `Rule "${rule.id}" names an unknown option "${term.option}"`,
        });
      else if (!option.choices.some((c) => c.id === term.choice))
        issues.push({
          path: ['rules', i, 'forbid', j, 'choice'],
          message: `Rule "${rule.id}" names an unknown choice "${term.choice}" of ${option.name}`,
        });
    });
    const defaults = rule.forbid.every(
      (t) => doc.options.find((o) => o.id === t.option)?.defaultChoice === t.choice,
    );
    if (defaults)
      issues.push({
        path: ['rules', i],
        message: `Rule "${rule.id}" forbids the default choices, so the product could not be opened`,
      });
  });

  issues.push(...geometryIssues(doc), ...zoneIssues(doc), ...pricingIssues(doc));
  return issues;
}

/** The kind's own rules for its geometry (a camera cut-out on the case back, handles that fit a tote). */
function geometryIssues(doc: Template): TemplateIssue[] {
  const g = doc.geometry;
  return kindTraits(g.kind).rules(g);
}

function zoneIssues(doc: Template): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  checkUnique(
    issues,
    doc.zones.map((z) => z.id),
    ['zones'],
    'zone',
  );
  doc.zones.forEach((zone, i) => {
    const path = ['zones', i];
    checkUnique(
      issues,
      zone.colours.map((c) => c.id),
      [...path, 'colours'],
      'colour',
    );
    // A zone must fit its surface in every size; report the first size it does not fit.
    for (const variant of doc.sizes.variants) {
      const surface = surfacesFor(doc.geometry, variant.measurements).find((s) => s.id === zone.surface);
      if (!surface) {
        issues.push({
          path: [...path, 'surface'],
          message: `Zone "${zone.name}" is on an unknown surface "${zone.surface}"`,
        });
        break;
      }
      const where = describeOverflow(
        overflow(placeRect(zone.rect, zone.anchor, surface), surface.widthMm, surface.heightMm),
      );
      if (where) {
        const size = doc.sizes.variants.length > 1 ? ` in size ${variant.label}` : '';
        issues.push({
          path: [...path, 'rect'],
          message: `Zone "${zone.name}" extends beyond the ${surface.name.toLowerCase()} (${fmt(surface.widthMm)} × ${fmt(surface.heightMm)})${size} by ${where}`,
        });
        break;
      }
    }
    const smallest = Math.min(zone.rect.widthMm, zone.rect.heightMm);
    if (zone.safeMm * 2 >= smallest)
      issues.push({
        path: [...path, 'safeMm'],
        message: `Safe margin ${fmt(zone.safeMm)} leaves no room inside zone "${zone.name}" (${fmt(zone.rect.widthMm)} × ${fmt(zone.rect.heightMm)}); it must be less than ${fmt(smallest / 2)}`,
      });
    zone.fonts.forEach((font, j) => {
      if (!findFont(font) && !isBrandFontId(font))
        issues.push({
          path: [...path, 'fonts', j],
          message: `Unknown font "${font}" in zone "${zone.name}": use one the app ships (see lib/templates/fonts.ts) or one of the brand's fonts`,
        });
    });
    if ((zone.monograms?.length ?? 0) > 0 && zone.fonts.length === 0)
      issues.push({ path: [...path, 'fonts'], message: `Zone "${zone.name}" allows monograms but no fonts` });
    if ((zone.monograms?.length ?? 0) > 0 && zone.colours.length === 0)
      issues.push({
        path: [...path, 'colours'],
        message: `Zone "${zone.name}" allows monograms but no colours`,
      });
    if (zone.content.text && zone.fonts.length === 0)
      issues.push({ path: [...path, 'fonts'], message: `Zone "${zone.name}" allows text but no fonts` });
    if (zone.content.text && zone.colours.length === 0)
      issues.push({ path: [...path, 'colours'], message: `Zone "${zone.name}" allows text but no colours` });
  });
  return issues;
}

function pricingIssues(doc: Template): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  checkUnique(
    issues,
    doc.pricing.zones.map((z) => z.zone),
    ['pricing', 'zones'],
    'zone price',
  );
  doc.pricing.zones.forEach((price, i) => {
    if (!doc.zones.some((z) => z.id === price.zone))
      issues.push({
        path: ['pricing', 'zones', i, 'zone'],
        message: `Pricing names an unknown zone "${price.zone}"`,
      });
  });
  doc.pricing.quantityBreaks.forEach((b, i, all) => {
    const prev = all[i - 1];
    if (prev && b.minQuantity <= prev.minQuantity)
      issues.push({
        path: ['pricing', 'quantityBreaks', i, 'minQuantity'],
        message: 'Quantity breaks must be listed from the smallest quantity up, each larger than the last',
      });
  });
  return issues;
}
