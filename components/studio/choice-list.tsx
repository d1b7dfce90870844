import s from './integrations.module.css';

type Choice = { value: string; label: string };

/** A group of checkboxes (scopes, events) with the server's message for the group. */
export function ChoiceList({
  name,
  legend,
  choices,
  errors,
}: {
  name: string;
  legend: string;
  choices: Choice[];
  errors?: string[];
}) {
  return (
    <fieldset className={s.choices} aria-describedby={errors ? `${name}-error` : undefined}>
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} className={s.choice}>
          <input type="checkbox" name={name} value={c.value} />
          <code>{c.value}</code> <span>{c.label}</span>
        </label>
      ))}
      {errors && (
        <p id={`${name}-error`} className={s.error}>
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}

/** The ticked values of a checkbox group. */
export function checked(form: HTMLFormElement, name: string): string[] {
  return new FormData(form).getAll(name).filter((v): v is string => typeof v === 'string');
}
