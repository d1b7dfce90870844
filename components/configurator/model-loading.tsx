'use client';
// What the stage says while the 3D preview loads: a product made from a brand's model shows how
// much of its file has arrived (the scene's loader reports it, components/scene/load-progress.ts).
import { useSyncExternalStore } from 'react';
import { loadProgress, subscribeLoadProgress } from '@/components/scene/load-progress';
import s from './configurator.module.css';

export function ModelLoading() {
  const progress = useSyncExternalStore(subscribeLoadProgress, loadProgress, () => null);
  if (!progress) return <p className={s.loading}>Loading 3D preview…</p>;
  const { loaded, total } = progress;
  const kb = Math.round(loaded / 1024);
  return (
    <p className={s.loading}>
      {total > 0 ? (
        <>
          <progress value={loaded} max={total} aria-label="3D model download" /> Loading 3D model…{' '}
          {Math.floor((loaded / total) * 100)} %
        </>
      ) : (
        <>Loading 3D model… {kb} KB</>
      )}
    </p>
  );
}
