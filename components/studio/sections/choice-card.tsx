'use client';
import { TEXTURE_KINDS } from '@/lib/templates/schema';
import { useDraft, useFieldIssues } from '../editor/draft-context';
import { ColourField } from '../fields/colour-field';
import { MoneyField } from '../fields/money-field';
import { NumberField } from '../fields/number-field';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import s from '../editor/editor.module.css';
import b from '../studio.module.css';

const TEXTURES: Record<(typeof TEXTURE_KINDS)[number], string> = {
  'plastic-gloss': 'Plastic, gloss',
  'plastic-matte': 'Plastic, matte',
  'plastic-clear': 'Plastic, clear',
  'ceramic-gloss': 'Ceramic, gloss',
  'ceramic-matte': 'Ceramic, matte',
  'cotton-jersey': 'Cotton jersey',
  'denim-twill': 'Denim twill',
  'cotton-canvas': 'Cotton canvas',
  leather: 'Leather',
};
const TEXTURE_OPTIONS = TEXTURE_KINDS.map((k) => ({ value: k, label: TEXTURES[k] }));

/** One choice of an option: its name, its swatch as the 3D preview draws it, and its price difference. */
export function ChoiceCard({
  optionIndex,
  index,
  onRemove,
}: {
  optionIndex: number;
  index: number;
  onRemove?: () => void;
}) {
  const choice = useDraft((st) => st.doc.options[optionIndex]?.choices[index]);
  const optionId = useDraft((st) => st.doc.options[optionIndex]?.id ?? '');
  const setPreviewChoice = useDraft((st) => st.setPreviewChoice);
  const path = ['options', optionIndex, 'choices', index];
  const issuesWithin = useFieldIssues([...path, 'swatch'], true).length;
  if (!choice) return null;
  const name = choice.name || `choice ${index + 1}`;
  const show = () => setPreviewChoice(optionId, choice.id);
  return (
    <div
      className={s.card}
      role="listitem"
      aria-label={name}
      style={{ background: '#fbfaf8' }}
      onFocus={show}
    >
      <div className={s.cardHead}>
        <span className={s.row}>
          <span
            aria-hidden
            style={{
              width: 22,
              height: 22,
              borderRadius: '50%',
              background: choice.swatch.hex,
              border: '1px solid rgb(0 0 0 / 0.2)',
            }}
          />
          <strong>{name}</strong>
        </span>
        {onRemove && (
          <button type="button" className={b.danger} onClick={onRemove} aria-label={`Remove ${name}`}>
            Remove
          </button>
        )}
      </div>
      <TextField path={[...path, 'name']} label="Choice name" />
      <ColourField path={[...path, 'swatch', 'hex']} label="Colour" onPicked={show} />
      <SelectField
        path={[...path, 'swatch', 'texture']}
        label="Surface"
        options={TEXTURE_OPTIONS}
        onPicked={show}
      />
      <details className={s.more} open={issuesWithin > 0 || undefined}>
        <summary>Shine, metal and see-through</summary>
        <div className={b.grid} style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(6.5rem, 1fr))' }}>
          <NumberField
            path={[...path, 'swatch', 'roughness']}
            label="Roughness"
            unit=""
            hint="0 mirror, 1 matte"
          />
          <NumberField
            path={[...path, 'swatch', 'metalness']}
            label="Metalness"
            unit=""
            hint="0 or 1 for metal"
          />
          <NumberField
            path={[...path, 'swatch', 'transmission']}
            label="See-through"
            unit=""
            hint="0 opaque, 1 clear"
          />
        </div>
      </details>
      <MoneyField path={[...path, 'priceDeltaMinor']} label="Price difference" allowNegative />
    </div>
  );
}
