'use client';
import { useState } from 'react';
import type { ModelInspection, ValidatorMessage } from '@/lib/models/upload';
import s from '../editor/editor.module.css';
import b from '../studio.module.css';
import m from './model.module.css';

type Failure = { error: string; issues: ValidatorMessage[] };

class UploadFailure extends Error {
  constructor(
    message: string,
    readonly issues: ValidatorMessage[] = [],
  ) {
    super(message);
  }
}
type Props = { current: string | null; onUploaded: (model: ModelInspection) => void };

/** Posts the file with upload progress (XMLHttpRequest: fetch cannot report it). */
function send(file: File, onProgress: (fraction: number) => void): Promise<ModelInspection> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/studio/models');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      const body = xhr.response as (ModelInspection & Failure) | null;
      if (xhr.status === 201 && body) resolve(body);
      else
        reject(
          new UploadFailure(body?.error ?? `The upload failed (${xhr.status}). Try again.`, body?.issues),
        );
    };
    xhr.onerror = () =>
      reject(new UploadFailure('The upload was cut off. Check your connection and try again.'));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

const where = (i: ValidatorMessage) => i.pointer ?? (i.offset !== undefined ? `byte ${i.offset}` : '');

/** Step 1: the brand's model file, checked and optimized by the server. */
export function UploadCard({ current, onUploaded }: Props) {
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [checking, setChecking] = useState(false);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setFailure(null);
    setProgress(0);
    try {
      const model = await send(file, (f) => {
        setProgress(f);
        if (f >= 1) setChecking(true);
      });
      onUploaded(model);
    } catch (error) {
      const e = error instanceof UploadFailure ? error : new UploadFailure('The upload failed. Try again.');
      setFailure({ error: e.message, issues: e.issues });
    } finally {
      setProgress(null);
      setChecking(false);
    }
  };

  return (
    <fieldset className={s.card}>
      <legend>1. Your 3D model</legend>
      <p className={b.hint}>
        A <strong>.glb</strong> file, or a <strong>.gltf</strong> with its files as one <strong>.zip</strong>:
        at most 50 MB, 300,000 triangles and textures of 4096 px. Onekind checks it with the Khronos glTF
        validator and makes it small for shoppers’ phones.
        {current && <> Now: {current}.</>}
      </p>
      <label className={b.field}>
        <span className={b.fieldLabel}>{current ? 'Replace the model' : 'Upload a model'}</span>
        <input
          type="file"
          accept=".glb,.gltf,.zip,model/gltf-binary"
          disabled={progress !== null}
          onChange={(e) => void upload(e.target.files?.[0])}
        />
      </label>
      {progress !== null && (
        <p role="status">
          <progress className={m.progress} value={progress} max={1} aria-label="Upload progress" />
          {checking ? 'Checking and optimizing the model…' : `Uploading… ${Math.round(progress * 100)} %`}
        </p>
      )}
      {failure && (
        <div className={b.alert} role="alert">
          <p>{failure.error}</p>
          {failure.issues.length > 0 && (
            <ul className={m.issues} aria-label="Validator messages">
              {failure.issues.map((i, n) => (
                <li key={n}>
                  {i.severity === 0 ? 'Error' : 'Warning'} <code>{i.code}</code> at <code>{where(i)}</code>:{' '}
                  {i.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </fieldset>
  );
}
