'use client';
import { fieldId } from '@/lib/studio/field-issues';
import { ruleTitle } from '@/lib/templates/field-labels';
import type { TemplateInput } from '@/lib/templates/schema';
import { useDraft } from '../editor/draft-context';
import { GroupIssues } from '../fields/group-issues';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import s from '../editor/editor.module.css';
import b from '../studio.module.css';

type Rule = TemplateInput['rules'][number];

/** One rule: the choices that may not be combined, and what shoppers are told. */
export function RuleCard({ index }: { index: number }) {
  const rule = useDraft((st) => st.doc.rules[index]);
  const doc = useDraft((st) => st.doc);
  const change = useDraft((st) => st.change);
  if (!rule) return null;
  const path = ['rules', index];
  const title = ruleTitle(rule, doc);
  const update = (next: (r: Rule) => Rule) =>
    change((d) => ({ ...d, rules: d.rules.map((r, i) => (i === index ? next(r) : r)) }));
  return (
    <section className={s.card} aria-label={`Rule ${title}`} id={fieldId(path)} tabIndex={-1}>
      <div className={s.cardHead}>
        <h3>Not together: {title}</h3>
        <button
          type="button"
          className={b.danger}
          onClick={() => change((d) => ({ ...d, rules: d.rules.filter((_, i) => i !== index) }))}
        >
          Remove rule
        </button>
      </div>
      <GroupIssues path={path} />
      <GroupIssues path={[...path, 'forbid']} id={fieldId([...path, 'forbid'])} />
      {rule.forbid.map((term, j) => {
        const option = doc.options.find((o) => o.id === term.option);
        return (
          <div key={j} className={b.grid} style={{ alignItems: 'end' }}>
            <SelectField
              path={[...path, 'forbid', j, 'option']}
              label={`Option ${j + 1}`}
              options={doc.options.map((o) => ({ value: o.id, label: o.name || o.id }))}
              onPicked={(id) =>
                update((r) => ({
                  ...r,
                  forbid: r.forbid.map((t, k) =>
                    k === j
                      ? { option: id, choice: doc.options.find((o) => o.id === id)?.choices[0]?.id ?? '' }
                      : t,
                  ),
                }))
              }
            />
            <SelectField
              path={[...path, 'forbid', j, 'choice']}
              label={`Choice ${j + 1}`}
              options={(option?.choices ?? []).map((c) => ({ value: c.id, label: c.name || c.id }))}
            />
            {rule.forbid.length > 2 && (
              <div>
                <button
                  type="button"
                  className={b.danger}
                  onClick={() => update((r) => ({ ...r, forbid: r.forbid.filter((_, k) => k !== j) }))}
                >
                  Remove from rule
                </button>
              </div>
            )}
          </div>
        );
      })}
      <div>
        <button
          type="button"
          className={b.small}
          onClick={() =>
            update((r) => ({
              ...r,
              forbid: [
                ...r.forbid,
                { option: doc.options[0]?.id ?? '', choice: doc.options[0]?.choices[0]?.id ?? '' },
              ],
            }))
          }
        >
          Add a choice to this rule
        </button>
      </div>
      <TextField
        path={[...path, 'message']}
        label="Reason shown to shoppers"
        multiline
        hint="e.g. Ribbed sides are moulded in opaque TPU, so the clear case comes with smooth sides only."
      />
    </section>
  );
}
