// Every problem of a draft at once. parseTemplate checks the cross-field rules (zones inside
// their surfaces, measurements per size, ...) only once the document's shape is right, so a
// brand fixing a typed price would otherwise meet a new batch of problems afterwards. The
// studio's drafts always have the template's structure (its forms write typed values), so
// the rules can run on them anyway; a draft too broken for them simply gets the shape issues.
import { templateRules, type TemplateIssue } from '../templates/rules';
import type { Template, TemplateInput } from '../templates/schema';
import { parseTemplate } from '../templates/validate';

const key = (i: TemplateIssue) => `${i.path.join('.')}|${i.message}`;

/** The draft's problems, each with its path; empty when it would publish. */
export function draftIssues(doc: TemplateInput): TemplateIssue[] {
  const parsed = parseTemplate(doc);
  if (parsed.ok) return [];
  let rules: TemplateIssue[] = [];
  try {
    rules = templateRules(doc as Template);
  } catch {
    // Too broken for the cross-field rules: the shape issues say what to fix first.
  }
  const seen = new Set(parsed.issues.map(key));
  return [...parsed.issues, ...rules.filter((i) => !seen.has(key(i)))];
}
