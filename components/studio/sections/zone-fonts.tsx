'use client';
import { useEffect, useState } from 'react';
import { fieldId } from '@/lib/studio/field-issues';
import { fontName } from '@/lib/templates/field-labels';
import { FONTS } from '@/lib/templates/fonts';
import { FontFaces } from '@/components/product/font-faces';
import { useDraft } from '../editor/draft-context';
import { GroupIssues } from '../fields/group-issues';
import s from '../editor/editor.module.css';
import b from '../studio.module.css';

// One empty list for every render: a new [] per read would look like a change to the store hook.
const NONE: string[] = [];

type BrandFont = { id: string; family: string; style: string };

/** The brand's uploaded fonts (studio only), fetched once per form. */
function useBrandFonts(): BrandFont[] {
  const [fonts, setFonts] = useState<BrandFont[]>([]);
  useEffect(() => {
    let live = true;
    void fetch('/api/studio/fonts')
      .then((r) => (r.ok ? (r.json() as Promise<{ fonts: BrandFont[] }>) : { fonts: [] }))
      .then((json) => live && setFonts(json.fonts))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return fonts;
}

/** The fonts a zone offers: the shipped ones, shown in themselves, and the brand's uploads. */
export function ZoneFonts({ index }: { index: number }) {
  const fonts = useDraft((st) => st.doc.zones[index]?.fonts ?? NONE);
  const edit = useDraft((st) => st.edit);
  const brand = useBrandFonts();
  const path = ['zones', index, 'fonts'];
  const all = [...FONTS.map((f) => f.id), ...brand.map((f) => f.id)];
  // Kept in the order listed here; a ticked id no longer listed (a deleted brand font) stays
  // until unticked, so publishing names it.
  const toggle = (id: string, on: boolean) =>
    edit(
      path,
      on
        ? [...all.filter((f) => f === id || fonts.includes(f)), ...fonts.filter((f) => !all.includes(f))]
        : fonts.filter((f) => f !== id),
    );
  return (
    <fieldset className={s.card} id={fieldId(path)} tabIndex={-1}>
      <legend>Fonts</legend>
      <FontFaces fontIds={FONTS.map((f) => f.id)} />
      <GroupIssues path={path} within />
      <div className={b.grid}>
        {FONTS.map((font) => (
          <label key={font.id} className={b.check}>
            <input
              type="checkbox"
              checked={fonts.includes(font.id)}
              onChange={(e) => toggle(font.id, e.target.checked)}
            />
            <span
              style={{
                fontFamily: `"${font.id}", ${font.category === 'serif' ? 'serif' : 'sans-serif'}`,
                fontWeight: font.weight,
                fontSize: '1.05rem',
              }}
            >
              {fontName(font.id)}
            </span>
          </label>
        ))}
        {brand.map((font) => (
          <label key={font.id} className={b.check}>
            <input
              type="checkbox"
              checked={fonts.includes(font.id)}
              onChange={(e) => toggle(font.id, e.target.checked)}
            />
            <span style={{ fontSize: '1.05rem' }}>
              {font.family} {font.style} (brand font)
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
