'use client';
import { uniqueId } from '@/lib/studio/edit';
import { fieldId } from '@/lib/studio/field-issues';
import { requiredMeasurements } from '@/lib/kinds/traits';
import { measurementLabel } from '@/lib/templates/measurements';
import type { TemplateInput } from '@/lib/templates/schema';
import { useDraft } from '../editor/draft-context';
import { GroupIssues } from '../fields/group-issues';
import { MoneyField } from '../fields/money-field';
import { NumberField } from '../fields/number-field';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import s from '../editor/editor.module.css';
import b from '../studio.module.css';

type Variant = TemplateInput['sizes']['variants'][number];

function addSize(doc: TemplateInput): TemplateInput {
  const last = doc.sizes.variants.at(-1);
  const label = `Size ${doc.sizes.variants.length + 1}`;
  const variant: Variant = {
    id: uniqueId(
      label,
      doc.sizes.variants.map((v) => v.id),
    ),
    label,
    measurements: { ...last?.measurements },
    priceDeltaMinor: 0,
  };
  return { ...doc, sizes: { ...doc.sizes, variants: [...doc.sizes.variants, variant] } };
}

function removeSize(doc: TemplateInput, id: string): TemplateInput {
  const variants = doc.sizes.variants.filter((v) => v.id !== id);
  const defaultVariant = doc.sizes.defaultVariant === id ? (variants[0]?.id ?? '') : doc.sizes.defaultVariant;
  return { ...doc, sizes: { ...doc.sizes, variants, defaultVariant } };
}

/** Sizes: labels, the points of measure the product kind needs (in mm), and price differences. */
export function SizesSection() {
  const sizes = useDraft((st) => st.doc.sizes);
  const kind = useDraft((st) => st.doc.geometry.kind);
  const hasTechPack = useDraft((st) => Boolean(st.doc.techPack));
  const change = useDraft((st) => st.change);
  const currency = useDraft((st) => st.doc.currency);
  const keys = [
    ...new Set([
      ...requiredMeasurements(kind),
      ...sizes.variants.flatMap((v) => Object.keys(v.measurements)),
    ]),
  ];
  return (
    <div className={s.panel}>
      <p className={s.intro}>
        {keys.length > 0
          ? 'Finished garment measurements per size, in mm. They shape the 3D preview and the printable panels, and go to the maker in the tech pack.'
          : 'This kind of product comes in one size unless you add more (a second phone model, a larger mug).'}
      </p>
      <div className={s.card}>
        <div className={b.grid}>
          <TextField
            path={['sizes', 'label']}
            label="Size picker label"
            hint="e.g. Size, Model, Waist × length"
          />
          <SelectField
            path={['sizes', 'defaultVariant']}
            label="Default size"
            options={sizes.variants.map((v) => ({ value: v.id, label: v.label || v.id }))}
          />
        </div>
      </div>
      <GroupIssues path={['sizes', 'variants']} id={fieldId(['sizes', 'variants'])} />
      <GroupIssues path={['techPack']} within />
      <div className="table-scroll">
        <table className={b.sheet} aria-label="Sizes">
          <thead>
            <tr>
              <th scope="col">Label</th>
              {keys.map((key) => (
                <th key={key} scope="col">
                  {measurementLabel(key)} (mm)
                </th>
              ))}
              <th scope="col">Price difference ({currency})</th>
              <th scope="col">
                <span className={b.srOnly}>Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sizes.variants.map((v, i) => {
              const name = v.label || `size ${i + 1}`;
              return (
                <tr key={v.id}>
                  <td>
                    <TextField
                      path={['sizes', 'variants', i, 'label']}
                      label={`Label of ${name}`}
                      hideLabel
                    />
                  </td>
                  {keys.map((key) => (
                    <td key={key}>
                      <NumberField
                        path={['sizes', 'variants', i, 'measurements', key]}
                        label={`${measurementLabel(key)} of ${name}`}
                        unit=""
                        hideLabel
                      />
                    </td>
                  ))}
                  <td>
                    <MoneyField
                      path={['sizes', 'variants', i, 'priceDeltaMinor']}
                      label={`Price difference of ${name} (${currency})`}
                      allowNegative
                      hideLabel
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className={b.danger}
                      disabled={sizes.variants.length === 1}
                      onClick={() => change((d) => removeSize(d, v.id))}
                      aria-label={`Remove ${name}`}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div>
        <button type="button" className={b.button} onClick={() => change(addSize)}>
          Add size
        </button>
      </div>
      {hasTechPack && (
        <p className={b.hint}>
          The tech pack (how each measurement is taken, materials, sewing) comes with the product kind and
          goes to the maker with every order.
        </p>
      )}
    </div>
  );
}
