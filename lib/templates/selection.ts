// Which option choices may be combined, according to a template's rules.
import type { Template } from './schema';

/** Selected choice id per option id. */
export type Selection = Record<string, string>;

/** The template's default choice for every option. */
export function defaultSelection(template: Template): Selection {
  return Object.fromEntries(template.options.map((o) => [o.id, o.defaultChoice]));
}

/** The rules a selection breaks (empty when the combination is allowed). */
export function violatedRules(template: Template, selection: Selection): Template['rules'] {
  return template.rules.filter((rule) => rule.forbid.every((term) => selection[term.option] === term.choice));
}

/** Every allowed selection; templates have a handful of options, so enumeration stays small. */
export function allowedSelections(template: Template): Selection[] {
  let selections: Selection[] = [{}];
  for (const option of template.options) {
    selections = selections.flatMap((partial) => option.choices.map((choice) => ({ ...partial, [option.id]: choice.id })));
  }
  return selections.filter((s) => violatedRules(template, s).length === 0);
}
