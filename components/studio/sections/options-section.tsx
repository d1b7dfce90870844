'use client';
import { useShallow } from 'zustand/react/shallow';
import { uniqueId } from '@/lib/studio/edit';
import { partsOf } from '@/lib/kinds/traits';
import type { TemplateInput } from '@/lib/templates/schema';
import { useDraft } from '../editor/draft-context';
import { GroupIssues } from '../fields/group-issues';
import { OptionCard } from './option-card';
import s from '../editor/editor.module.css';
import b from '../studio.module.css';

type Option = TemplateInput['options'][number];

function addOption(doc: TemplateInput): TemplateInput {
  const id = uniqueId(
    'option',
    doc.options.map((o) => o.id),
  );
  const swatch = doc.options[0]?.choices[0]?.swatch ?? {
    hex: '#ffffff',
    roughness: 0.6,
    metalness: 0,
    texture: 'plastic-matte',
    transmission: 0,
  };
  const option: Option = {
    id,
    name: 'New option',
    kind: 'colour',
    part: partsOf(doc.geometry)[0]?.id ?? '',
    defaultChoice: 'choice-1',
    choices: [{ id: 'choice-1', name: 'First choice', swatch: { ...swatch }, priceDeltaMinor: 0 }],
  };
  return { ...doc, options: [...doc.options, option] };
}

/** Options shoppers choose from (colours, materials, finishes), each choice with its swatch and price. */
export function OptionsSection() {
  const ids = useDraft(useShallow((st) => st.doc.options.map((o) => o.id)));
  const change = useDraft((st) => st.change);
  return (
    <div className={s.panel}>
      <p className={s.intro}>
        Each option dresses one part of the product in the 3D preview. Shoppers start from the default choice;
        a price difference is added to the base price when they pick that choice.
      </p>
      <GroupIssues path={['options']} />
      {ids.map((id, i) => (
        <OptionCard key={`${id}-${i}`} index={i} />
      ))}
      <div>
        <button type="button" className={b.button} onClick={() => change(addOption)}>
          Add option
        </button>
      </div>
    </div>
  );
}
