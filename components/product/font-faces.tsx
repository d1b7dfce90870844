import { findFont } from '@/lib/templates/fonts';

/** @font-face rules for the shipped fonts a page shows samples of (served from public/fonts). */
export function FontFaces({ fontIds }: { fontIds: string[] }) {
  const css = [...new Set(fontIds)]
    .map(findFont)
    .filter((f) => f !== undefined)
    .map((f) => `@font-face{font-family:"${f.id}";font-weight:${f.weight};font-style:${f.style};font-display:swap;src:url("/${f.file}") format("woff")}`)
    .join('\n');
  return <style>{css}</style>;
}
