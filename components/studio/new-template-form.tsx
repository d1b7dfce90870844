'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { createTemplate } from '@/lib/server/actions/create-template';
import { duplicateTemplate } from '@/lib/server/actions/duplicate-template';
import { currencyChoices } from '@/lib/studio/currencies';
import { slugify } from '@/lib/studio/edit';
import { FormInput } from './form-input';
import s from './studio.module.css';

type Props = {
  /**
   * The kinds to start from, in order (PRODUCT_KINDS, passed by the page so that the kinds'
   * registry stays on the server).
   */
  kinds: ReadonlyArray<{ kind: string; label: string; summary: string }>;
  /** Duplicating: the template copied, and the name and address suggested for the copy. */
  copyOf?: { slug: string; name: string };
  defaults: { name: string; slug: string; brand: string; currency: string; description: string };
  /** The kind picked at first ("New product from a 3D model" picks 'model'). */
  initialKind?: string;
};

type Errors = Record<string, string[] | undefined>;
const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === 'string' ? value : '';
};

/** Creates a template from a product kind's starter, or a copy of one: name, web address, brand, currency, description. */
export function NewTemplateForm({ kinds, copyOf, defaults, initialKind }: Props) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<{ form?: string; fields: Errors }>({ fields: {} });
  const [slug, setSlug] = useState(defaults.slug);
  const [slugEdited, setSlugEdited] = useState(Boolean(copyOf));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const identity = { name: text(form, 'name'), slug: text(form, 'slug') };
    start(async () => {
      const result = copyOf
        ? await duplicateTemplate({ from: copyOf.slug, ...identity })
        : await createTemplate({
            ...identity,
            kind: text(form, 'kind'),
            brand: text(form, 'brand'),
            currency: text(form, 'currency'),
            description: text(form, 'description'),
          });
      if (result.ok) return router.push(`/studio/templates/${result.slug}`);
      setErrors({ form: result.error, fields: result.fieldErrors ?? {} });
    });
  };
  const f = errors.fields;

  return (
    <form
      className={s.form}
      onSubmit={submit}
      noValidate
      aria-label={copyOf ? 'Duplicate template' : 'New template'}
    >
      {!copyOf && (
        <fieldset className={s.kinds} aria-describedby={f.kind ? 'kind-error' : undefined}>
          <legend>Product kind</legend>
          {kinds.map((k, i) => (
            <label key={k.kind} className={s.kind}>
              <input
                type="radio"
                name="kind"
                value={k.kind}
                defaultChecked={initialKind ? k.kind === initialKind : i === 0}
              />
              <strong>{k.label}</strong>
              {k.summary}
            </label>
          ))}
          {f.kind && (
            <p id="kind-error" className={s.fieldError}>
              {f.kind.join(' ')}
            </p>
          )}
        </fieldset>
      )}
      <FormInput label="Product name" errors={f.name} hint="What shoppers see, e.g. “Canvas tote bag”.">
        {(c) => (
          <input
            {...c}
            name="name"
            defaultValue={defaults.name}
            autoComplete="off"
            onChange={(e) => !slugEdited && setSlug(slugify(e.target.value))}
          />
        )}
      </FormInput>
      <FormInput
        label="Web address"
        errors={f.slug}
        hint={
          <>
            Shoppers will find it at /products/{slug || 'your-address'} (you can change it until you first
            publish).
          </>
        }
      >
        {(c) => (
          <input
            {...c}
            name="slug"
            value={slug}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setSlugEdited(true);
              setSlug(e.target.value);
            }}
          />
        )}
      </FormInput>
      {!copyOf && (
        <>
          <div className={s.grid}>
            <FormInput label="Brand" errors={f.brand}>
              {(c) => <input {...c} name="brand" defaultValue={defaults.brand} autoComplete="organization" />}
            </FormInput>
            <FormInput label="Currency" errors={f.currency}>
              {(c) => (
                <select {...c} name="currency" defaultValue={defaults.currency}>
                  {currencyChoices(defaults.currency).map((code) => (
                    <option key={code}>{code}</option>
                  ))}
                </select>
              )}
            </FormInput>
          </div>
          <FormInput
            label="Description"
            errors={f.description}
            hint="A sentence or two for the product page."
          >
            {(c) => <textarea {...c} name="description" defaultValue={defaults.description} rows={3} />}
          </FormInput>
        </>
      )}
      {errors.form && (
        <p role="alert" className={s.alert}>
          {errors.form}
        </p>
      )}
      <div>
        <button type="submit" className={s.primary} disabled={pending}>
          {pending ? 'Creating…' : copyOf ? 'Create the copy' : 'Create template'}
        </button>
      </div>
    </form>
  );
}
