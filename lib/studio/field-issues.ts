// Validation issues of a draft, placed where the brand will fix them: each issue belongs to
// one editor section and, where the editor has one, one field (by the issue's path).
import type { TemplateIssue } from '../templates/rules';
import type { Path } from './edit';

export const SECTIONS = [
  { id: 'product', label: 'Product' },
  { id: 'geometry', label: 'Geometry' },
  { id: 'sizes', label: 'Sizes' },
  { id: 'options', label: 'Options' },
  { id: 'rules', label: 'Rules' },
  { id: 'zones', label: 'Zones' },
  { id: 'pricing', label: 'Pricing' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

const BY_ROOT: Record<string, SectionId> = {
  geometry: 'geometry',
  sizes: 'sizes',
  techPack: 'sizes',
  options: 'options',
  rules: 'rules',
  zones: 'zones',
  pricing: 'pricing',
};

/** The editor section where the field at `path` is edited (identity fields and the document itself: Product). */
export function sectionOf(path: Path): SectionId {
  return BY_ROOT[String(path[0])] ?? 'product';
}

/** A stable key for a path: "zones.0.rect.widthMm". */
export function fieldKey(path: Path): string {
  return path.join('.');
}

/** The DOM id of the input (or group) editing `path`. */
export function fieldId(path: Path): string {
  return `field-${path.map((p) => String(p).replace(/[^a-zA-Z0-9_-]/g, '_')).join('-') || 'document'}`;
}

/** Paths from `path` up to its section root: where to look for something to focus. */
export function ancestors(path: Path): Path[] {
  return path.map((_, i) => path.slice(0, path.length - i));
}

export type GroupedIssues = {
  /** Messages per field key, for the field that shows them. */
  byField: Map<string, string[]>;
  /** How many issues each section has, for its tab. */
  bySection: Record<SectionId, number>;
  count: number;
};

/** Groups issues by field and section; the same message twice on one field is shown once. */
export function groupIssues(issues: TemplateIssue[]): GroupedIssues {
  const byField = new Map<string, string[]>();
  const bySection = Object.fromEntries(SECTIONS.map((s) => [s.id, 0])) as Record<SectionId, number>;
  for (const issue of issues) {
    const key = fieldKey(issue.path);
    const messages = byField.get(key) ?? [];
    if (!messages.includes(issue.message)) messages.push(issue.message);
    byField.set(key, messages);
    bySection[sectionOf(issue.path)] += 1;
  }
  return { byField, bySection, count: issues.length };
}

/** Messages for the field at `path`, and (with `within`) for everything below it. */
export function issuesAt(grouped: GroupedIssues, path: Path, { within = false } = {}): string[] {
  const key = fieldKey(path);
  if (!within) return grouped.byField.get(key) ?? [];
  return [...grouped.byField.entries()]
    .filter(([k]) => k === key || k.startsWith(`${key}.`))
    .flatMap(([, m]) => m);
}
