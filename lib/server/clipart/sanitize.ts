import 'server-only';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { optimize } from 'svgo';
import { normalizeColour, reducePalette } from '../../clipart/colours';
import { MAX_CLIPART_BYTES, MAX_CLIPART_ELEMENTS, MAX_PALETTE, type CleanSvg } from '../../clipart/limits';

// A brand's SVG clipart, made safe and printable. Anything dangerous is refused with a message
// naming it (never silently dropped, so the brand knows what to fix); then DOMPurify strips
// whatever is left outside its SVG allowlist, svgo normalizes (styles inlined as attributes,
// editor data gone, dimensions into a viewBox), and the colours are reduced to a palette the
// configurator can recolour to zone colours.

export type SanitizeResult = ({ ok: true } & CleanSvg) | { ok: false; error: string };

const SVG_NS = 'http://www.w3.org/2000/svg';
const KB = 1024;
const refuse = (error: string): SanitizeResult => ({ ok: false, error });
const FIX = 'Remove it in your vector editor and export the SVG again.';

/** Refusals that need no parsing: size, entities, element count. */
function precheck(bytes: Uint8Array): string | SanitizeResult {
  if (bytes.byteLength === 0) return refuse('The file is empty. Choose an SVG file to upload.');
  if (bytes.byteLength > MAX_CLIPART_BYTES)
    return refuse(
      `The SVG is ${Math.ceil(bytes.byteLength / KB)} KB: clipart may be at most ${MAX_CLIPART_BYTES / KB} KB. Simplify it and export it again.`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('The file is not text (UTF-8): it is not an SVG.');
  }
  // Entities are refused before any parser sees them: no billion laughs, no external entities.
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    return refuse(
      'The SVG declares a DOCTYPE or entities, which can hide external files or expand without end (“billion laughs”). Export it again without a DOCTYPE.',
    );
  const elements = text.match(/<[a-zA-Z]/g)?.length ?? 0;
  if (elements > MAX_CLIPART_ELEMENTS)
    return refuse(
      `The SVG has ${elements.toLocaleString('en')} elements: clipart may have at most ${MAX_CLIPART_ELEMENTS.toLocaleString('en')}. Simplify it (merge paths) and export it again.`,
    );
  if (!/<svg[\s>]/.test(text)) return refuse('This is not an SVG file: it has no <svg> element.');
  return text;
}

/** Where an href points, as a refusal; null for a reference inside the file (#id). */
function hrefProblem(element: string, value: string): string | null {
  const v = value.trim();
  if (v.startsWith('#')) return null;
  const shown = v.length > 60 ? v.slice(0, 57) + '…' : v;
  if (element === 'use')
    return `The SVG has an external <use> pointing at “${shown}”: clipart may only reuse its own elements. ${FIX}`;
  if (/^(https?|ftp):/i.test(v))
    return `The SVG links to a web address (“${shown}”): clipart must not load anything from the internet. ${FIX}`;
  if (/^file:/i.test(v)) return `The SVG links to a file on a computer (“${shown}”). ${FIX}`;
  if (/^javascript:/i.test(v)) return `The SVG has a javascript: link, which could run code. ${FIX}`;
  if (/^data:/i.test(v))
    return `The SVG embeds a file as data (“${v.slice(0, 30)}…”): clipart must be vector shapes only. ${FIX}`;
  return `The SVG refers to another file (“${shown}”): clipart must be one self-contained file. ${FIX}`;
}

const FORBIDDEN: Record<string, string> = {
  script: `The SVG contains a script. Clipart cannot run code. ${FIX}`,
  foreignobject: `The SVG contains a foreignObject (HTML inside the SVG), which cannot be printed or trusted. ${FIX}`,
  image: `The SVG contains a picture (<image>): clipart must be vector shapes so it prints sharp and can be recoloured. ${FIX}`,
  text: 'The SVG contains text. Convert the text to outlines (paths) in your vector editor and export it again.',
  iframe: `The SVG contains an iframe. ${FIX}`,
  embed: `The SVG embeds another file. ${FIX}`,
  object: `The SVG embeds another file. ${FIX}`,
  animate: `The SVG is animated; clipart is printed, so it must be still. ${FIX}`,
  set: `The SVG is animated; clipart is printed, so it must be still. ${FIX}`,
  animatemotion: `The SVG is animated; clipart is printed, so it must be still. ${FIX}`,
  animatetransform: `The SVG is animated; clipart is printed, so it must be still. ${FIX}`,
};

const OUTSIDE_URL = /url\(\s*['"]?\s*(?!#)[^)]/i;

/** The first reason to refuse a parsed document, or null. */
function inspect(doc: Document): string | null {
  const root = doc.documentElement;
  if (root.localName !== 'svg' || root.namespaceURI !== SVG_NS)
    return 'This is not an SVG file: its root element is not <svg> in the SVG namespace.';
  const all = [root, ...Array.from(root.getElementsByTagName('*'))];
  for (const el of all) {
    const name = el.localName.toLowerCase();
    for (const attr of Array.from(el.attributes)) {
      const attrName = attr.localName.toLowerCase();
      if (attrName.startsWith('on'))
        return `The SVG has an event handler (${attr.name} on <${el.localName}>), which would run code. ${FIX}`;
      if (attrName === 'href') {
        const problem = hrefProblem(name, attr.value);
        if (problem) return problem;
      }
      if (OUTSIDE_URL.test(attr.value) || /@import/i.test(attr.value))
        return `The SVG's ${attr.name} on <${el.localName}> refers to an outside file (“${attr.value.slice(0, 60)}”). ${FIX}`;
    }
    if (FORBIDDEN[name]) return FORBIDDEN[name];
    if (name === 'style' && (OUTSIDE_URL.test(el.textContent ?? '') || /@import/i.test(el.textContent ?? '')))
      return `The SVG's stylesheet loads outside files (@import or url(…)). ${FIX}`;
  }
  return null;
}

let purifier: ReturnType<typeof createDOMPurify> | undefined;
const purify = (svg: string): string =>
  (purifier ??= createDOMPurify(new JSDOM('').window)).sanitize(svg, {
    USE_PROFILES: { svg: true, svgFilters: true },
    ADD_TAGS: ['use'],
  });

const normalize = (svg: string): string =>
  optimize(svg, {
    multipass: true,
    plugins: [
      {
        name: 'preset-default',
        params: {
          overrides: {
            inlineStyles: { onlyMatchedOnce: false },
            convertColors: { currentColor: false, shorthex: false, shortname: false },
          },
        },
      },
      'removeDimensions',
      'convertStyleToAttrs',
      'removeStyleElement',
      'removeScripts',
      'removeXlink',
      // Classes only served the stylesheet, which is inlined by now.
      { name: 'removeAttrs', params: { attrs: ['class'] } },
    ],
  }).data;

const PAINTS = ['fill', 'stroke', 'stop-color'] as const;
const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);

/** The colour an attribute's value paints in ('none', or #rrggbb): gradients as their first stop. */
function paintOf(doc: Document, value: string): string {
  const ref = /^url\(\s*['"]?#([^)'"]+)['"]?\s*\)/.exec(value);
  if (!ref) return normalizeColour(value) ?? '#000000';
  const stop = doc.getElementById(ref[1]!)?.getElementsByTagName('stop')[0];
  return normalizeColour(stop?.getAttribute('stop-color') ?? '#000000') ?? '#000000';
}

/** The element (itself or its nearest ancestor) that sets `attr`, or null when nothing does. */
function setter(el: Element, attr: string): Element | null {
  for (let at: Element | null = el; at; at = at.parentElement)
    if (at.hasAttribute(attr) && at.getAttribute(attr) !== 'inherit') return at;
  return null;
}

/**
 * Gives every paint an explicit #rrggbb (gradients flatten to their first stop), and reduces
 * the colours the shapes actually show to a palette of at most MAX_PALETTE.
 */
function reduceColours(doc: Document): { palette: string[] } {
  const root = doc.documentElement;
  if (!root.hasAttribute('fill')) root.setAttribute('fill', '#000000');
  const all = [root, ...Array.from(root.getElementsByTagName('*'))];
  for (const el of all)
    for (const attr of PAINTS) {
      const value = el.getAttribute(attr);
      if (value !== null && value !== 'inherit') el.setAttribute(attr, paintOf(doc, value));
    }
  const counts = new Map<string, number>();
  for (const el of all) {
    if (!SHAPES.has(el.localName)) continue;
    const paints = ['fill', 'stroke'].map((attr) => setter(el, attr)?.getAttribute(attr) ?? 'none');
    // An unpainted shape (an editor's bounding box) prints nothing: it goes.
    if (paints.every((p) => p === 'none')) el.remove();
    for (const colour of paints) if (colour !== 'none') counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  const { palette, mapping } = reducePalette(counts, MAX_PALETTE);
  const nearest = (colour: string) => mapping.get(colour) ?? palette[0] ?? colour;
  for (const el of all)
    for (const attr of ['fill', 'stroke']) {
      const value = el.getAttribute(attr);
      if (value?.startsWith('#')) el.setAttribute(attr, nearest(value));
    }
  for (const g of Array.from(root.querySelectorAll('linearGradient, radialGradient, pattern'))) g.remove();
  return { palette };
}

function parse(text: string): JSDOM | null {
  try {
    return new JSDOM(text, { contentType: 'image/svg+xml' });
  } catch {
    return null;
  }
}

/** Sanitizes and normalizes a brand's SVG clipart, or says precisely why it is refused. */
export function sanitizeSvg(bytes: Uint8Array): SanitizeResult {
  const text = precheck(bytes);
  if (typeof text !== 'string') return text;
  const dom = parse(text);
  if (!dom) return refuse('The SVG is not well-formed XML: it may be damaged or truncated. Export it again.');
  const doc = dom.window.document;
  const problem = inspect(doc);
  if (problem) return refuse(problem);
  if (doc.getElementsByTagName('*').length + 1 > MAX_CLIPART_ELEMENTS)
    return refuse(`The SVG has more than ${MAX_CLIPART_ELEMENTS} elements. Simplify it and export it again.`);

  let cleaned: string;
  try {
    cleaned = normalize(purify(dom.serialize()));
  } catch {
    return refuse('The SVG could not be read after cleaning: export it again as plain SVG.');
  }
  const outDom = parse(cleaned);
  const out = outDom?.window.document;
  if (!outDom || !out || out.documentElement.localName !== 'svg')
    return refuse('Nothing printable is left in the SVG once cleaned.');
  const root = out.documentElement;
  const viewBox = (root.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (
    viewBox.length !== 4 ||
    viewBox.some((n) => !Number.isFinite(n)) ||
    viewBox[2]! <= 0 ||
    viewBox[3]! <= 0
  )
    return refuse(
      'The SVG has no viewBox and no width and height to make one from. Export it again with a viewBox.',
    );
  if (root.getElementsByTagName('*').length === 0) return refuse('The SVG has no shapes in it.');
  const { palette } = reduceColours(out);
  const svg = outDom.serialize();
  // Belt and braces: what leaves here never carries code, whatever the steps above missed.
  if (/<script|\son[a-z]+\s*=|javascript:|<foreignObject/i.test(svg))
    return refuse(`The SVG could not be made safe. ${FIX}`);
  return {
    ok: true,
    svg,
    viewBox: viewBox as CleanSvg['viewBox'],
    palette,
    singleColour: palette.length <= 1,
  };
}
