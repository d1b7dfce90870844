'use client';
import Link from 'next/link';
import { useState, useTransition } from 'react';
import { useEmbed } from '@/components/embed/embed-context';
import { useHostSave } from '@/components/embed/host-save';
import { addToCart } from '@/lib/server/actions/add-to-cart';
import { MAX_QUANTITY, type Quote } from '@/lib/pricing/quote';
import { useEditor, useTemplate } from './editor-context';
import { useMoney } from './money-format';
import { NumberField } from './number-field';
import { useSaveDesign } from './save-design';
import s from './configurator.module.css';

type Saved = { ok: true; url: string } | { ok: false; error: string } | null;
type Added = { ok: true; count?: number } | { ok: false; error: string } | null;

/**
 * The live quote with its breakdown, the quantity, saving the design as a share link, and adding
 * it to the cart: the shop's cart, or, embedded in another store, that store's (it is told).
 */
export function PricePanel({ quote, blocking }: { quote: Quote | null; blocking: number }) {
  const { template, preview } = useTemplate();
  const embed = useEmbed();
  const quantity = useEditor((st) => st.quantity);
  const setQuantity = useEditor((st) => st.setQuantity);
  const design = useEditor((st) => st.design);
  const [saved, setSaved] = useState<Saved>(null);
  const [added, setAdded] = useState<Added>(null);
  const [pending, startTransition] = useTransition();
  const [adding, startAdding] = useTransition();
  const money = useMoney(template.currency);
  const saveCurrent = useSaveDesign();
  const hostSave = useHostSave(() => blocking);

  const save = () =>
    startTransition(async () => {
      if (embed) {
        const result = await hostSave('saved');
        return setSaved(result.ok ? { ok: true, url: result.saved.shareUrl } : result);
      }
      const result = await saveCurrent(design);
      setSaved(
        result.ok
          ? { ok: true, url: new URL(result.url, window.location.origin).toString() }
          : { ok: false, error: result.error },
      );
    });

  // The cart holds saved designs: the design is saved (validated on the server) first.
  const add = () =>
    startAdding(async () => {
      if (embed) {
        const result = await hostSave('add-to-cart');
        return setAdded(result.ok ? { ok: true } : result);
      }
      const saved = await saveCurrent(design);
      if (!saved.ok) return setAdded({ ok: false, error: saved.error });
      const result = await addToCart({ designId: saved.id, quantity });
      setAdded(result.ok ? { ok: true, count: result.count } : { ok: false, error: result.error });
    });

  return (
    <section className={s.panel} aria-labelledby="price-heading">
      <h2 id="price-heading">Price</h2>
      <div className={s.grid2} style={{ marginTop: 0, marginBottom: '0.75rem' }}>
        <NumberField
          label="Quantity"
          value={quantity}
          min={1}
          max={MAX_QUANTITY}
          step={1}
          onChange={(q) => setQuantity(Math.round(q))}
        />
      </div>
      {quote && (
        <table className={s.priceLines} aria-label="Price breakdown">
          <tbody>
            {quote.lines.map((line, i) => (
              <tr key={`${line.kind}-${i}`}>
                <th scope="row">
                  {line.label}
                  {line.unitMinor !== undefined && quote.quantity > 1 && (
                    <span className={s.delta}>
                      {' '}
                      ({quote.quantity} × {money(line.unitMinor)})
                    </span>
                  )}
                </th>
                <td>{money(line.amountMinor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className={s.total}>
        <span>Total</span>
        <output aria-label="Total price">{quote ? money(quote.totalMinor) : '—'}</output>
      </p>
      {preview ? (
        <p className={s.share} role="note">
          Preview of an unpublished draft: “Save and share” and “Add to cart” appear here once it is
          published.
        </p>
      ) : (
        <div className={s.actions}>
          <button type="button" className={s.primary} disabled={blocking > 0 || pending} onClick={save}>
            {pending ? 'Saving…' : embed ? 'Save design' : 'Save and share'}
          </button>
          <button type="button" className={s.primary} disabled={blocking > 0 || adding} onClick={add}>
            {adding ? 'Adding…' : 'Add to cart'}
          </button>
          {blocking > 0 && (
            <span role="status">
              Fix {blocking === 1 ? 'the problem' : `the ${blocking} problems`} marked “Must fix” to save.
            </span>
          )}
        </div>
      )}
      {saved?.ok &&
        (embed ? (
          <p className={s.share} role="status">
            Saved.
          </p>
        ) : (
          <p className={s.share} role="status">
            Saved. Share this link: <a href={saved.url}>{saved.url}</a>
          </p>
        ))}
      {added?.ok &&
        (added.count === undefined ? (
          <p className={s.share} role="status">
            Added to the cart.
          </p>
        ) : (
          <p className={s.share} role="status">
            Added to your cart.{' '}
            <Link href="/cart">
              View cart ({added.count} {added.count === 1 ? 'item' : 'items'})
            </Link>
          </p>
        ))}
      {added && !added.ok && (
        <p className={s.error} role="alert">
          {added.error}
        </p>
      )}
      {saved && !saved.ok && (
        <p className={s.error} role="alert">
          {saved.error}
        </p>
      )}
    </section>
  );
}
