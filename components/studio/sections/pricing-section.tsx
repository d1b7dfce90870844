'use client';
import { useMemo } from 'react';
import { formatMoney } from '@/lib/money';
import { fieldId } from '@/lib/studio/field-issues';
import { fromPriceMinor } from '@/lib/templates/from-price';
import { parseTemplate } from '@/lib/templates/validate';
import { useDraft } from '../editor/draft-context';
import { GroupIssues } from '../fields/group-issues';
import { MoneyField } from '../fields/money-field';
import { QuantityBreaks } from './quantity-breaks';
import { ZoneCharges } from './zone-charges';
import s from '../editor/editor.module.css';
import b from '../studio.module.css';

/** What an item costs: the base price, what each zone adds, and discounts for larger orders. */
export function PricingSection() {
  const doc = useDraft((st) => st.doc);
  const from = useMemo(() => {
    const parsed = parseTemplate(doc);
    return parsed.ok ? formatMoney(fromPriceMinor(parsed.template), parsed.template.currency) : null;
  }, [doc]);
  return (
    <div className={s.panel}>
      <p className={s.intro}>
        Amounts are in {doc.currency}, typed like 24.90. Size and option price differences are set in Sizes
        and Options; “Try as shopper” shows the whole quote.
      </p>
      <div className={s.card}>
        <div style={{ maxWidth: '16rem' }}>
          <MoneyField
            path={['pricing', 'basePriceMinor']}
            label="Base price"
            hint="One item, before options and personalisation."
          />
        </div>
        {from && (
          <p className={b.muted} style={{ margin: 0 }}>
            The catalogue shows “from {from}”.
          </p>
        )}
      </div>
      <section
        className={s.card}
        aria-labelledby="zone-charges-heading"
        id={fieldId(['pricing', 'zones'])}
        tabIndex={-1}
      >
        <h3 id="zone-charges-heading">Personalisation charges</h3>
        <p className={b.hint}>Per item, when the shopper uses the zone; the setup fee once per order.</p>
        <GroupIssues path={['pricing', 'zones']} />
        <ZoneCharges />
      </section>
      <section
        className={s.card}
        aria-labelledby="breaks-heading"
        id={fieldId(['pricing', 'quantityBreaks'])}
        tabIndex={-1}
      >
        <h3 id="breaks-heading">Quantity discounts</h3>
        <GroupIssues path={['pricing', 'quantityBreaks']} />
        <QuantityBreaks />
      </section>
    </div>
  );
}
