import { formatMoney } from '@/lib/money';
import type { Template } from '@/lib/templates/schema';

/** Options with named swatches and price differences, then the combinations not offered. */
export function OptionList({ template }: { template: Template }) {
  return (
    <>
      {template.options.map((option) => (
        <section key={option.id} aria-labelledby={`option-${option.id}`}>
          <h4 id={`option-${option.id}`}>{option.name}</h4>
          <ul className="swatches">
            {option.choices.map((choice) => (
              <li key={choice.id}>
                <span className="swatch" style={{ background: choice.swatch.hex }} aria-hidden="true" />
                {choice.name}
                {choice.priceDeltaMinor !== 0 && <span className="delta">+{formatMoney(choice.priceDeltaMinor, template.currency)}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {template.rules.map((rule) => (
        <p key={rule.id} className="note">
          {rule.message}
        </p>
      ))}
    </>
  );
}
