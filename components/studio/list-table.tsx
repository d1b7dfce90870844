import type { ReactNode } from 'react';

/** A column heading; ACTIONS is the last column of row buttons (named for screen readers only). */
export const ACTIONS = Symbol('actions');

type Props = {
  /** The table's accessible name. */
  label: string;
  /** Shown instead of an empty table. */
  empty: string;
  count: number;
  columns: Array<string | typeof ACTIONS>;
  /** The rows (`<tr>`s). */
  children: ReactNode;
};

/** A studio list: its rows in a horizontally scrollable table, or a line saying there are none. */
export function ListTable({ label, empty, count, columns, children }: Props) {
  if (count === 0) return <p className="muted">{empty}</p>;
  return (
    <div className="table-scroll">
      <table aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column === ACTIONS ? 'actions' : column}>
                {column === ACTIONS ? <span className="visually-hidden">Actions</span> : column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
