'use client';
import { useId } from 'react';
import { useDraft } from '../editor/draft-context';
import b from '../studio.module.css';

/** Which size the surfaces and the 3D preview show (garment panels change with the size). */
export function PreviewSizePicker({ label }: { label: string }) {
  const variants = useDraft((st) => st.doc.sizes.variants);
  const value = useDraft((st) => st.previewVariantId ?? st.doc.sizes.defaultVariant);
  const set = useDraft((st) => st.setPreviewVariant);
  const id = useId();
  if (variants.length < 2) return null;
  return (
    <div className={b.field} style={{ maxWidth: '14rem' }}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(e.target.value)}>
        {variants.map((v) => (
          <option key={v.id} value={v.id}>
            {v.label || v.id}
          </option>
        ))}
      </select>
    </div>
  );
}
