'use client';
import { useShallow } from 'zustand/react/shallow';
import { uniqueId } from '@/lib/studio/edit';
import type { TemplateInput } from '@/lib/templates/schema';
import { useDraft } from '../editor/draft-context';
import { GroupIssues } from '../fields/group-issues';
import { RuleCard } from './rule-card';
import s from '../editor/editor.module.css';
import b from '../studio.module.css';

function addRule(doc: TemplateInput): TemplateInput {
  // Start from the last choices of the first two options: defaults may not be forbidden together.
  const terms = doc.options.slice(0, 2).map((o) => ({ option: o.id, choice: o.choices.at(-1)?.id ?? '' }));
  const rule = {
    id: uniqueId(
      'rule',
      doc.rules.map((r) => r.id),
    ),
    forbid: terms,
    message: '',
  };
  return { ...doc, rules: [...doc.rules, rule] };
}

/** Combinations of choices the brand cannot make, each with the reason shoppers are told. */
export function RulesSection() {
  const ids = useDraft(useShallow((st) => st.doc.rules.map((r) => r.id)));
  const options = useDraft((st) => st.doc.options.length);
  const change = useDraft((st) => st.change);
  return (
    <div className={s.panel}>
      <p className={s.intro}>
        A rule forbids choosing certain choices together (clear plastic with ribbed sides, say). Shoppers see
        those choices disabled, with your reason.
      </p>
      <GroupIssues path={['rules']} />
      {ids.length === 0 && <p className={b.muted}>No rules: every combination of choices can be made.</p>}
      {ids.map((id, i) => (
        <RuleCard key={`${id}-${i}`} index={i} />
      ))}
      <div>
        <button type="button" className={b.button} disabled={options < 2} onClick={() => change(addRule)}>
          Add rule
        </button>
        {options < 2 && (
          <p className={b.hint}>
            Rules combine choices of two or more options; this template has {options === 1 ? 'one' : 'none'}.
          </p>
        )}
      </div>
    </div>
  );
}
