// What changed between two template documents, in a brand's words:
// "Pricing › Base price: 24.00 → 29.00 EUR". Lists are matched by id (a size, an option, a
// zone...), not by position, so moving a zone up the list is not reported as every zone changing.
import {
  findIn,
  itemName,
  keyLabel,
  formatValue,
  pathLabels,
  pathPattern,
  type DocPath,
} from './field-labels';

export type TemplateChange = {
  kind: 'added' | 'removed' | 'changed';
  /** Label segments of the place that changed: ["Pricing", "Base price"]. */
  where: string[];
  from?: string;
  to?: string;
  /** The whole change as one sentence. */
  text: string;
};

type Json = unknown;
type Obj = Record<string, Json>;

/** How items of a list are matched between versions (the path without positions). */
const LIST_KEYS: Record<string, (item: Json) => string> = {
  'sizes.variants': (v) => String(field(v, 'id')),
  options: (o) => String(field(o, 'id')),
  'options.choices': (c) => String(field(c, 'id')),
  rules: (r) => String(field(r, 'id')),
  'rules.forbid': (t) => `${String(field(t, 'option'))}=${String(field(t, 'choice'))}`,
  zones: (z) => String(field(z, 'id')),
  'zones.colours': (c) => String(field(c, 'id')),
  'pricing.zones': (p) => String(field(p, 'zone')),
  'pricing.quantityBreaks': (b) => String(field(b, 'minQuantity')),
  'techPack.pointsOfMeasure': (p) => String(field(p, 'key')),
  'techPack.billOfMaterials': (b) => String(field(b, 'item')),
  'techPack.operations': (o) => String(field(o, 'operation')),
};

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const field = (v: Json, key: string): Json => (isObj(v) ? v[key] : undefined);
const same = (a: Json, b: Json): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Every difference from `before` to `after`, in document order. Both may be drafts that do not validate. */
export function diffTemplates(before: Json, after: Json): TemplateChange[] {
  const changes: TemplateChange[] = [];
  const text = (v: Json) => (typeof v === 'string' ? v : '');
  const currency = { before: text(field(before, 'currency')), after: text(field(after, 'currency')) };
  const docs = { before, after };

  const say = (kind: TemplateChange['kind'], where: string[], detail: string, from?: string, to?: string) =>
    changes.push({ kind, where, from, to, text: `${where.join(' › ') || 'Template'}: ${detail}` });

  /** A value as shown, resolving ids a brand never typed (the default size, the default choice). */
  const shown = (path: DocPath, value: Json, side: 'before' | 'after') => {
    const doc = docs[side];
    const pattern = pathPattern(path);
    if (pattern === 'sizes.defaultVariant') {
      const variants = field(field(doc, 'sizes'), 'variants');
      const v = findIn(variants, (x) => field(x, 'id') === value);
      if (v) return { text: String(field(v, 'label')) };
    }
    if (pattern === 'options.defaultChoice') {
      const option = path
        .slice(0, 2)
        .reduce<Json>(
          (node, key) => (isObj(node) || Array.isArray(node) ? (node as Obj)[key] : undefined),
          doc,
        );
      const choices = field(option, 'choices');
      const c = findIn(choices, (x) => field(x, 'id') === value);
      if (c) return { text: String(field(c, 'name')) };
    }
    return formatValue(path, value, currency[side]);
  };

  const changed = (path: DocPath, where: string[], a: Json, b: Json) => {
    const from = shown(path, a, 'before');
    const to = shown(path, b, 'after');
    const unit = from.unit === to.unit ? (to.unit ? ` ${to.unit}` : '') : '';
    const f = from.unit && !unit ? `${from.text} ${from.unit}` : from.text;
    const t = to.unit && !unit ? `${to.text} ${to.unit}` : to.text;
    say('changed', where, `${f} → ${t}${unit}`, f, t);
  };

  const walk = (a: Json, b: Json, path: DocPath, where: string[]) => {
    if (same(a, b)) return;
    if (Array.isArray(a) && Array.isArray(b)) return walkList(a, b, path, where);
    if (isObj(a) && isObj(b)) {
      for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
        const label = keyLabel([...path, key]);
        walk(a[key], b[key], [...path, key], where.at(-1) === label ? where : [...where, label]);
      }
      return;
    }
    if (a === undefined && (isObj(b) || Array.isArray(b))) return say('added', where, 'added');
    if (b === undefined && (isObj(a) || Array.isArray(a))) return say('removed', where, 'removed');
    changed(path, where, a, b);
  };

  const walkList = (a: Json[], b: Json[], path: DocPath, where: string[]) => {
    const pattern = pathPattern(path);
    const keyOf = LIST_KEYS[pattern];
    if (!keyOf) {
      if ([...a, ...b].every((v) => !isObj(v) && !Array.isArray(v))) {
        // A set of plain values, such as a zone's fonts.
        for (const v of a)
          if (!b.some((w) => same(v, w))) say('removed', where, `removed ${shown(path, v, 'before').text}`);
        for (const v of b)
          if (!a.some((w) => same(v, w))) say('added', where, `added ${shown(path, v, 'after').text}`);
        return;
      }
      for (let i = 0; i < Math.max(a.length, b.length); i++)
        walk(a[i], b[i], [...path, i], [...where, `#${i + 1}`]);
      return;
    }
    const beforeKeys = a.map(keyOf);
    const afterKeys = b.map(keyOf);
    a.forEach((item, i) => {
      if (!afterKeys.includes(beforeKeys[i]!))
        say('removed', where, `removed “${itemName(pattern, item, docs.before)}”`);
    });
    b.forEach((item, i) => {
      const j = beforeKeys.indexOf(afterKeys[i]!);
      const name = itemName(pattern, item, docs.after);
      if (j < 0) say('added', where, `added “${name}”`);
      else walk(a[j], item, [...path, i], [...where, name]);
    });
    const kept = afterKeys.filter((k) => beforeKeys.includes(k));
    const keptBefore = beforeKeys.filter((k) => afterKeys.includes(k));
    if (!same(kept, keptBefore)) {
      const names = (list: Json[], keys: string[], doc: Json) =>
        keys.map((k) => itemName(pattern, list[list.map(keyOf).indexOf(k)], doc)).join(', ');
      say('changed', where, `order ${names(a, keptBefore, docs.before)} → ${names(b, kept, docs.after)}`);
    }
  };

  walk(before, after, [], []);
  return changes;
}

/** Where a path points, for a list of problems: "Zones › Front print › Width". */
export function describePath(path: DocPath, doc: Json): string {
  return pathLabels(path, doc).join(' › ');
}
