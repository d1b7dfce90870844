'use client';
import { uniqueId } from '@/lib/studio/edit';
import { fieldId } from '@/lib/studio/field-issues';
import type { TemplateInput } from '@/lib/templates/schema';
import { useDraft } from '../editor/draft-context';
import { ColourField } from '../fields/colour-field';
import { GroupIssues } from '../fields/group-issues';
import { TextField } from '../fields/text-field';
import s from '../editor/editor.module.css';
import b from '../studio.module.css';

type Zone = TemplateInput['zones'][number];

// One empty list for every render: a new [] per read would look like a change to the store hook.
const NONE: Zone['colours'] = [];

/** The ink, thread or finish colours a zone offers, with the reference the maker orders by. */
export function ZoneColours({ index }: { index: number }) {
  const colours = useDraft((st) => st.doc.zones[index]?.colours ?? NONE);
  const method = useDraft((st) => st.doc.zones[index]?.method);
  const change = useDraft((st) => st.change);
  const path = ['zones', index, 'colours'];
  const update = (next: (c: Zone['colours']) => Zone['colours']) =>
    change((d) => ({
      ...d,
      zones: d.zones.map((z, i) => (i === index ? { ...z, colours: next(z.colours) } : z)),
    }));
  const reference =
    method === 'embroider' ? 'Thread reference' : method === 'engrave' ? 'Finish reference' : 'Ink reference';
  return (
    <fieldset className={s.card} id={fieldId(path)} tabIndex={-1}>
      <legend>Colours for text</legend>
      <GroupIssues path={path} />
      {colours.length > 0 && (
        <div className="table-scroll">
          <table className={b.sheet} aria-label="Colours for text">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Colour</th>
                <th scope="col">{reference}</th>
                <th scope="col">
                  <span className={b.srOnly}>Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {colours.map((colour, j) => {
                const name = colour.name || `colour ${j + 1}`;
                return (
                  <tr key={`${colour.id}-${j}`}>
                    <td>
                      <TextField path={[...path, j, 'name']} label={`Name of ${name}`} hideLabel />
                    </td>
                    <td>
                      <ColourField path={[...path, j, 'hex']} label={`Colour of ${name}`} hideLabel />
                    </td>
                    <td>
                      <TextField
                        path={[...path, j, 'reference']}
                        label={`${reference} of ${name}`}
                        hideLabel
                        optional
                        placeholder={method === 'embroider' ? 'e.g. Isacord 40 #0015' : 'optional'}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className={b.danger}
                        onClick={() => update((c) => c.filter((_, k) => k !== j))}
                        aria-label={`Remove colour ${name}`}
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
      )}
      <div>
        <button
          type="button"
          className={b.small}
          onClick={() =>
            update((c) => [
              ...c,
              {
                id: uniqueId(
                  'colour',
                  c.map((x) => x.id),
                ),
                name: `Colour ${c.length + 1}`,
                hex: '#111111',
              },
            ])
          }
        >
          Add colour
        </button>
      </div>
    </fieldset>
  );
}
