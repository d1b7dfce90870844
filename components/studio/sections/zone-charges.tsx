'use client';
import { useDraft } from '../editor/draft-context';
import { MoneyField } from '../fields/money-field';
import b from '../studio.module.css';

const COLUMNS = [
  ['perZoneMinor', 'When used'],
  ['perCharacterMinor', 'Per character'],
  ['perImageMinor', 'Per image'],
  ['perShapeMinor', 'Per shape'],
  ['perClipartMinor', 'Per clipart'],
  ['perMonogramMinor', 'Per monogram'],
  ['setupFeeMinor', 'Setup fee per order'],
] as const;

/** One row of charges per zone; a zone without a row is offered one. */
export function ZoneCharges() {
  const zones = useDraft((st) => st.doc.zones);
  const prices = useDraft((st) => st.doc.pricing.zones);
  const change = useDraft((st) => st.change);
  const currency = useDraft((st) => st.doc.currency);
  const addRow = (zone: string) =>
    change((d) => ({
      ...d,
      pricing: {
        ...d.pricing,
        zones: [
          ...d.pricing.zones,
          { zone, perZoneMinor: 0, perCharacterMinor: 0, perImageMinor: 0, setupFeeMinor: 0 },
        ],
      },
    }));
  return (
    <div className="table-scroll">
      <table className={b.sheet} aria-label="Personalisation charges">
        <thead>
          <tr>
            <th scope="col">Zone</th>
            {COLUMNS.map(([key, label]) => (
              <th key={key} scope="col">
                {label} ({currency})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {zones.map((zone) => {
            const i = prices.findIndex((p) => p.zone === zone.id);
            return (
              <tr key={zone.id}>
                <th scope="row">{zone.name || zone.id}</th>
                {i < 0 ? (
                  <td colSpan={COLUMNS.length}>
                    <button type="button" className={b.small} onClick={() => addRow(zone.id)}>
                      Add charges for {zone.name}
                    </button>
                  </td>
                ) : (
                  COLUMNS.map(([key, label]) => (
                    <td key={key}>
                      <MoneyField
                        path={['pricing', 'zones', i, key]}
                        label={`${zone.name}: ${label} (${currency})`}
                        hideLabel
                      />
                    </td>
                  ))
                )}
              </tr>
            );
          })}
          {prices.map((price, i) =>
            zones.some((z) => z.id === price.zone) ? null : (
              <tr key={`orphan-${price.zone}-${i}`}>
                <th scope="row">Unknown zone “{price.zone}”</th>
                <td colSpan={COLUMNS.length}>
                  <span className={b.fieldError}>No zone has this id, so these charges never apply. </span>
                  <button
                    type="button"
                    className={b.danger}
                    onClick={() =>
                      change((d) => ({
                        ...d,
                        pricing: { ...d.pricing, zones: d.pricing.zones.filter((_, k) => k !== i) },
                      }))
                    }
                  >
                    Remove these charges
                  </button>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
