// Parsing untrusted template documents (seed files, the studio, the database) into Templates.
import { templateSchema, type Template } from './schema';
import type { TemplateIssue } from './rules';

export type ParseTemplateResult = { ok: true; template: Template } | { ok: false; issues: TemplateIssue[] };

/** Validates a template document; on failure every problem comes back with its path. */
export function parseTemplate(input: unknown): ParseTemplateResult {
  const result = templateSchema.safeParse(input);
  if (result.success) return { ok: true, template: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: issue.message })),
  };
}

/** Like parseTemplate but throws one readable error listing every problem. */
export function assertTemplate(input: unknown): Template {
  const result = parseTemplate(input);
  if (result.ok) return result.template;
  const lines = result.issues.map((i) => `- ${i.path.join('.') || '(document)'}: ${i.message}`);
  throw new Error(`Invalid template:\n${lines.join('\n')}`);
}
