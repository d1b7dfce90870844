'use client';
import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import type { ModelInspection } from '@/lib/models/upload';
import { modelGeometryOf, withUploadedModel } from '@/lib/kinds/model/draft-edits';
import { useDraft } from '../editor/draft-context';
import b from '../studio.module.css';
import type { ViewerApi } from './model-viewer';
import m from './model.module.css';
import { PartsCard } from './parts-card';
import { UnitCard } from './unit-card';
import { UploadCard } from './upload-card';
import { useZoneRect } from './use-zone-rect';
import { ViewsCard } from './views-card';
import { ZonesCard } from './zones-card';

// WebGL only in the browser, and only once a model is there.
const ModelViewer = dynamic(() => import('./model-viewer'), { ssr: false });

/**
 * "New product from a 3D model": upload, real size, parts, print areas and camera views, all
 * edits of the draft (autosaved like every other field; the server measures surfaces again).
 */
export function ModelWorkspace() {
  const geometry = useDraft((st) => modelGeometryOf(st.doc));
  const change = useDraft((st) => st.change);
  const [inspection, setInspection] = useState<ModelInspection | null>(null);
  const [missing, setMissing] = useState(false);
  const [mesh, setMesh] = useState<string | null>(null);
  const [textures, setTextures] = useState<Record<string, string>>({});
  const api = useRef<ViewerApi | null>(null);
  const zone = useZoneRect(geometry, mesh);
  const sha256 = geometry?.model.sha256;

  useEffect(() => {
    if (!sha256 || inspection?.sha256 === sha256) return;
    let live = true;
    void fetch(`/api/studio/models/${sha256}`).then(async (r) => {
      if (!live) return;
      if (r.ok) setInspection((await r.json()) as ModelInspection);
      else setMissing(true);
    });
    return () => {
      live = false;
    };
  }, [sha256, inspection?.sha256]);

  if (!geometry) return null;
  const uploaded = (model: ModelInspection) => {
    setInspection(model);
    setMissing(false);
    setMesh(model.meshes.find((x) => x.hasUvs)?.name ?? null);
    change((doc) => withUploadedModel(doc, model), 'model-upload');
  };
  return (
    <section aria-label="3D model">
      <UploadCard current={geometry.model.fileName} onUploaded={uploaded} />
      {missing && <p className={b.alert}>The stored model could not be found: upload it again.</p>}
      {inspection && (
        <>
          <UnitCard inspection={inspection} geometry={geometry} />
          <PartsCard inspection={inspection} geometry={geometry} />
          <ZonesCard
            inspection={inspection}
            geometry={geometry}
            mesh={mesh}
            onMesh={setMesh}
            textures={textures}
            zone={zone}
          />
          <div className={m.columns}>
            <ModelViewer
              sha256={inspection.sha256}
              scaleToMm={geometry.scaleToMm}
              meshNames={inspection.meshes.map((x) => x.name)}
              selected={mesh}
              onPick={setMesh}
              rect={zone.rect}
              onRect={zone.place}
              onTextures={setTextures}
              onApi={(next) => {
                api.current = next;
              }}
            />
            <ViewsCard geometry={geometry} api={api} />
          </div>
        </>
      )}
    </section>
  );
}
