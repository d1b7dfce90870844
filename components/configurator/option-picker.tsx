'use client';
import { violatedRules } from '@/lib/templates/selection';
import { useEditor, useTemplate } from './editor-context';
import { useMoney } from './money-format';
import s from './configurator.module.css';

/** One swatch group per option; choices the rules forbid with the current selection are disabled. */
export function OptionPicker() {
  const { template } = useTemplate();
  const selection = useEditor((st) => st.design.selection);
  const setChoice = useEditor((st) => st.setChoice);
  const money = useMoney(template.currency);
  return template.options.map((option) => (
    <fieldset key={option.id}>
      <legend>{option.name}</legend>
      <div className={s.chips}>
        {option.choices.map((choice) => {
          const blocked = violatedRules(template, { ...selection, [option.id]: choice.id })[0];
          const checked = selection[option.id] === choice.id;
          return (
            <label
              key={choice.id}
              className={s.chip}
              title={blocked && !checked ? blocked.message : undefined}
            >
              <input
                type="radio"
                name={`option-${option.id}`}
                value={choice.id}
                checked={checked}
                disabled={Boolean(blocked) && !checked}
                onChange={() => setChoice(option.id, choice.id)}
              />
              <span className={s.dot} style={{ background: choice.swatch.hex }} aria-hidden="true" />
              {choice.name}
              {choice.priceDeltaMinor !== 0 && (
                <span className={s.delta}>+{money(choice.priceDeltaMinor)}</span>
              )}
            </label>
          );
        })}
      </div>
    </fieldset>
  ));
}
