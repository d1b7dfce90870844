'use client';
import { currencyChoices } from '@/lib/studio/currencies';
import { useDraft } from '../editor/draft-context';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import { ArchiveButton } from '../archive-button';
import { SlugField } from './slug-field';
import s from '../editor/editor.module.css';

/** Name, copy, brand and currency: what shoppers read about the product. */
export function ProductSection({ archived }: { archived: boolean }) {
  const currency = useDraft((st) => st.doc.currency);
  const slug = useDraft((st) => st.slug);
  const name = useDraft((st) => st.doc.name);
  const published = useDraft((st) => st.latestVersion !== null);
  return (
    <div className={s.panel}>
      <p className={s.intro}>What shoppers read in the catalogue and on the product page.</p>
      <div className={s.card}>
        <TextField path={['name']} label="Product name" />
        <TextField
          path={['description']}
          label="Description"
          multiline
          hint="A sentence or two: what it is, what it is made of, what can be personalised."
        />
        <div className={s.row} style={{ alignItems: 'flex-start' }}>
          <div style={{ flex: '1 1 14rem' }}>
            <TextField path={['brand']} label="Brand" />
          </div>
          <div style={{ flex: '0 1 10rem' }}>
            <SelectField
              path={['currency']}
              label="Currency"
              options={currencyChoices(currency).map((c) => ({ value: c, label: c }))}
              hint={
                published
                  ? 'Changing it changes every price’s meaning: check Pricing.'
                  : 'Every price of this template is in it.'
              }
            />
          </div>
        </div>
        <SlugField />
      </div>
      {published && (
        <section className={s.card} aria-labelledby="availability-heading">
          <h3 id="availability-heading">Availability</h3>
          <p className={s.intro}>
            {archived
              ? 'Archived: hidden from the catalogue and its page. Its versions, saved designs and orders are kept and still produce.'
              : 'Shoppers can find and order it. Archiving hides it from the catalogue without touching its versions, designs or orders.'}
          </p>
          <div>
            <ArchiveButton slug={slug} name={name} archived={archived} />
          </div>
        </section>
      )}
    </div>
  );
}
