'use client';
import { useRef, useState } from 'react';
import { ClipartPicker } from '@/components/layers/clipart/clipart-picker';
import { AddMonogram } from '@/components/layers/monogram/add-monogram';
import { AddShape } from '@/components/layers/shape/add-shape';
import { zoneTakesClipart } from '@/lib/layers/clipart/checks';
import { zoneTakesShapes } from '@/lib/layers/shape/checks';
import { UPLOAD_ACCEPT } from '@/lib/uploads/sniff';
import type { Zone } from '@/lib/templates/schema';
import { useEditor } from './editor-context';
import { useRenderContext, type UploadSummary } from './render-context';
import s from './configurator.module.css';

/** "Add text", "Upload an image", "Add shape", "Add monogram" and "Add clipart" for the active zone, within its content rules and layer limit. */
export function AddLayer({ zone, layerCount }: { zone: Zone; layerCount: number }) {
  const addTextLayer = useEditor((st) => st.addTextLayer);
  const addImageLayer = useEditor((st) => st.addImageLayer);
  const { registerUpload } = useRenderContext();
  const [status, setStatus] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const input = useRef<HTMLInputElement>(null);
  const full = layerCount >= zone.limits.maxLayers;

  async function upload(file: File) {
    setStatus({ busy: true });
    try {
      const body = new FormData();
      body.append('file', file);
      const response = await fetch('/api/uploads', { method: 'POST', body });
      const json = (await response.json()) as UploadSummary | { error: string };
      if (!response.ok || 'error' in json)
        throw new Error('error' in json ? json.error : `Upload failed (${response.status})`);
      await registerUpload(json);
      addImageLayer(zone.id, { id: json.id, widthPx: json.widthPx, heightPx: json.heightPx });
      setStatus({ busy: false });
    } catch (error) {
      setStatus({ busy: false, error: error instanceof Error ? error.message : 'Upload failed' });
    }
  }

  return (
    <div>
      <div className={s.actions}>
        {zone.content.text && (
          <button type="button" className={s.button} disabled={full} onClick={() => addTextLayer(zone.id)}>
            Add text
          </button>
        )}
        {zone.content.image && (
          <>
            <button
              type="button"
              className={s.button}
              disabled={full || status.busy}
              onClick={() => input.current?.click()}
            >
              {status.busy ? 'Uploading…' : 'Upload an image'}
            </button>
            {/* The native picker stays hidden; the button above is what people and keyboards use. */}
            <input
              ref={input}
              aria-label="Image file"
              tabIndex={-1}
              className={s.srOnly}
              type="file"
              accept={UPLOAD_ACCEPT}
              disabled={full || status.busy}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void upload(file);
              }}
            />
          </>
        )}
        {zoneTakesShapes(zone) && <AddShape zone={zone} disabled={full} />}
        <AddMonogram zone={zone} disabled={full} />
      </div>
      {/* Below the row (its panel opens under the button), one row gap away. */}
      {zoneTakesClipart(zone) && (
        <div className={s.afterActions}>
          <ClipartPicker zone={zone} disabled={full} />
        </div>
      )}
      {full && (
        <p className={s.delta}>
          {zone.name} holds at most {zone.limits.maxLayers} layer{zone.limits.maxLayers > 1 ? 's' : ''}.
        </p>
      )}
      {status.error && (
        <p role="alert" className={s.error}>
          {status.error}
        </p>
      )}
    </div>
  );
}
