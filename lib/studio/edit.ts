// Small immutable edits of a template draft: read and write by path, copying only the objects
// along the path (the rest is shared, so unchanged parts keep their identity).

export type Path = ReadonlyArray<string | number>;

/** The value at `path`, or undefined when any step is missing. */
export function getIn(value: unknown, path: Path): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy of `value` with `path` set to `next`; missing objects on the way are created. */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [key, ...rest] = path as [string | number, ...Array<string | number>];
  const node = (value ?? (typeof key === 'number' ? [] : {})) as Record<string | number, unknown> | unknown[];
  const child = setIn((node as Record<string | number, unknown>)[key], rest, next);
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[key as number] = child;
    return copy as T;
  }
  return { ...node, [key]: child } as T;
}

/** "Front print" -> "front-print": an id made of lower-case letters, digits and dashes. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** `base` (made an id), or base-2, base-3... whichever is not taken. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const root = slugify(base) || 'item';
  if (!used.has(root)) return root;
  for (let n = 2; ; n++) if (!used.has(`${root}-${n}`)) return `${root}-${n}`;
}
