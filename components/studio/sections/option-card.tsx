'use client';
import { uniqueId } from '@/lib/studio/edit';
import { fieldId } from '@/lib/studio/field-issues';
import { partsOf } from '@/lib/kinds/traits';
import type { TemplateInput } from '@/lib/templates/schema';
import { useDraft } from '../editor/draft-context';
import { GroupIssues } from '../fields/group-issues';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import { ChoiceCard } from './choice-card';
import s from '../editor/editor.module.css';
import b from '../studio.module.css';

const KINDS = [
  { value: 'colour', label: 'Colour' },
  { value: 'material', label: 'Material' },
  { value: 'finish', label: 'Finish' },
];

type Option = TemplateInput['options'][number];

function withOption(doc: TemplateInput, index: number, change: (o: Option) => Option): TemplateInput {
  return { ...doc, options: doc.options.map((o, i) => (i === index ? change(o) : o)) };
}

const addChoice = (o: Option): Option => {
  const last = o.choices.at(-1);
  const id = uniqueId(
    'choice',
    o.choices.map((c) => c.id),
  );
  const swatch = last?.swatch ?? {
    hex: '#ffffff',
    roughness: 0.6,
    metalness: 0,
    texture: 'plastic-matte' as const,
    transmission: 0,
  };
  return {
    ...o,
    choices: [
      ...o.choices,
      { id, name: `Choice ${o.choices.length + 1}`, swatch: { ...swatch }, priceDeltaMinor: 0 },
    ],
  };
};

/** One option: its name, kind, the part it dresses, its default and its choices. */
export function OptionCard({ index }: { index: number }) {
  const option = useDraft((st) => st.doc.options[index]);
  const geometry = useDraft((st) => st.doc.geometry);
  const change = useDraft((st) => st.change);
  if (!option) return null;
  const parts = partsOf(geometry).map((p) => ({ value: p.id, label: p.label }));
  const path = ['options', index];
  const name = option.name || `option ${index + 1}`;
  return (
    <section className={s.card} aria-label={`Option ${name}`} id={fieldId(path)} tabIndex={-1}>
      <div className={s.cardHead}>
        <h3>{name}</h3>
        <button
          type="button"
          className={b.danger}
          onClick={() => change((d) => ({ ...d, options: d.options.filter((_, i) => i !== index) }))}
        >
          Remove option
        </button>
      </div>
      <GroupIssues path={path} />
      <div className={b.grid}>
        <TextField path={[...path, 'name']} label="Option name" hint="e.g. Colour, Strap" />
        <SelectField path={[...path, 'kind']} label="Kind" options={KINDS} />
        <SelectField path={[...path, 'part']} label="Part it changes" options={parts} />
        <SelectField
          path={[...path, 'defaultChoice']}
          label="Default choice"
          options={option.choices.map((c) => ({ value: c.id, label: c.name || c.id }))}
        />
      </div>
      <GroupIssues path={[...path, 'choices']} id={fieldId([...path, 'choices'])} />
      <div className={b.gridWide} role="list" aria-label={`Choices of ${name}`}>
        {option.choices.map((choice, j) => (
          <ChoiceCard
            key={choice.id}
            optionIndex={index}
            index={j}
            onRemove={
              option.choices.length > 1
                ? () =>
                    change((d) =>
                      withOption(d, index, (o) => {
                        const choices = o.choices.filter((_, k) => k !== j);
                        return {
                          ...o,
                          choices,
                          defaultChoice:
                            o.defaultChoice === choice.id ? (choices[0]?.id ?? '') : o.defaultChoice,
                        };
                      }),
                    )
                : undefined
            }
          />
        ))}
      </div>
      <div>
        <button
          type="button"
          className={b.button}
          onClick={() => change((d) => withOption(d, index, addChoice))}
        >
          Add choice
        </button>
      </div>
    </section>
  );
}
