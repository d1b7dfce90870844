'use client';
import { useEffect, useLayoutEffect, useRef } from 'react';
import {
  Box3,
  BufferGeometry,
  Color,
  DirectionalLight,
  DoubleSide,
  HemisphereLight,
  Mesh,
  MeshBasicMaterial,
  type MeshStandardMaterial,
  PerspectiveCamera,
  PropertyBinding,
  Raycaster,
  Scene,
  Vector2,
  Vector3,
  WebGLRenderer,
  type Object3D,
} from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { loadGlb } from '@/components/kinds/model/load-glb';
import type { ModelView } from '@/lib/kinds/model/schema';
import type { UvRect } from '@/lib/kinds/model/uv-mesh';
import m from './model.module.css';
import { movedRect, rectGeometry, type Uv } from './zone-drag';

export type Camera = Pick<ModelView, 'positionMm' | 'targetMm' | 'fovDeg'>;
export type ViewerApi = { camera(): Camera; goTo(view: Camera): void };

type Props = {
  sha256: string;
  scaleToMm: number;
  meshNames: string[];
  selected: string | null;
  onPick: (mesh: string) => void;
  /** The print area being placed on the selected mesh: shown on the model, and dragged there. */
  rect: UvRect | null;
  /** The print area moved by dragging it on the model; `done` when the brand lets go. */
  onRect: (rect: UvRect, done: boolean) => void;
  onTextures: (byMesh: Record<string, string>) => void;
  /** Called with the viewer's camera controls once it is mounted, and with null when it goes. */
  onApi: (api: ViewerApi | null) => void;
};

const HIGHLIGHT = new Color('#2563eb');
const BLACK = new Color(0, 0, 0);

/** The glTF mesh name an object was loaded from (three names objects after their sanitized node). */
function meshNameOf(object: Object3D | null, names: string[]): string | null {
  for (let o = object; o; o = o.parent) {
    const name = o.name;
    const hit = names.find((n) => PropertyBinding.sanitizeNodeName(n) === name || n === name);
    if (hit) return hit;
  }
  return null;
}

/** The brand's model in mm, to orbit, click a mesh on, and save camera views from. */
export default function ModelViewer({
  sha256,
  scaleToMm,
  meshNames,
  selected,
  onPick,
  rect,
  onRect,
  onTextures,
  onApi,
}: Props) {
  const host = useRef<HTMLDivElement>(null);
  const state = useRef<{
    render: () => void;
    meshes: Mesh[];
    names: Map<Mesh, string>;
    showRect: () => void;
  } | null>(null);
  const props = useRef({ onPick, onTextures, onApi, meshNames, rect, onRect, selected });
  useLayoutEffect(() => {
    props.current = { onPick, onTextures, onApi, meshNames, rect, onRect, selected };
  });

  useEffect(() => {
    const el = host.current!;
    const renderer = new WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
    renderer.setPixelRatio(Math.min(devicePixelRatio, 2));
    renderer.setSize(el.clientWidth, el.clientHeight);
    el.append(renderer.domElement);
    const scene = new Scene();
    scene.background = new Color('#f4f4f5');
    scene.add(new HemisphereLight('#ffffff', '#8d8d8d', 2.2));
    const sun = new DirectionalLight('#ffffff', 2);
    sun.position.set(1, 2, 3);
    scene.add(sun);
    const camera = new PerspectiveCamera(30, el.clientWidth / el.clientHeight, 1, 100_000);
    const controls = new OrbitControls(camera, renderer.domElement);
    const render = () => renderer.render(scene, camera);
    controls.addEventListener('change', render);
    let disposed = false;
    const meshes: Mesh[] = [];
    // The glTF mesh an object shows (the loader's association, or its name until it has loaded).
    let nameOf = (o: Object3D) => meshNameOf(o, props.current.meshNames);
    const names = new Map<Mesh, string>();
    // The print area being placed, drawn over the selected mesh.
    const overlay = new Mesh(
      new BufferGeometry(),
      new MeshBasicMaterial({
        color: '#dc2626',
        transparent: true,
        opacity: 0.5,
        depthWrite: false,
        side: DoubleSide,
        polygonOffset: true,
        polygonOffsetFactor: -2,
        polygonOffsetUnits: -2,
      }),
    );
    overlay.renderOrder = 1;
    scene.add(overlay);
    const chosen = () => meshes.filter((x) => names.get(x) === props.current.selected);
    const showRect = () => {
      const r = props.current.rect;
      overlay.geometry.dispose();
      overlay.geometry = r ? rectGeometry(chosen(), r) : new BufferGeometry();
      render();
    };
    state.current = { render, meshes, names, showRect };

    void loadGlb(sha256).then(({ scene: root, meshName }) => {
      if (disposed) return;
      nameOf = (o) => {
        for (let x: Object3D | null = o; x; x = x.parent) {
          const name = meshName(x);
          if (props.current.meshNames.includes(name)) return name;
        }
        return meshNameOf(o, props.current.meshNames);
      };
      root.scale.setScalar(scaleToMm);
      scene.add(root);
      root.updateMatrixWorld(true);
      const textures: Record<string, string> = {};
      root.traverse((o) => {
        if (!(o instanceof Mesh)) return;
        o.material = (o.material as MeshStandardMaterial).clone();
        meshes.push(o as Mesh);
        const name = nameOf(o);
        if (name) names.set(o as Mesh, name);
        const image = (o.material as MeshStandardMaterial).map?.image as CanvasImageSource | undefined;
        if (name && image && !textures[name]) {
          const canvas = document.createElement('canvas');
          canvas.width = canvas.height = 512;
          canvas.getContext('2d')?.drawImage(image, 0, 0, 512, 512);
          textures[name] = canvas.toDataURL('image/png');
        }
      });
      props.current.onTextures(textures);
      const box = new Box3().setFromObject(root);
      const centre = box.getCenter(new Vector3());
      const size = box.getSize(new Vector3());
      controls.target.copy(centre);
      camera.position.set(centre.x, centre.y, centre.z + Math.max(size.x, size.y) * 2.4 + size.z / 2);
      camera.near = Math.max(0.1, size.length() / 1000);
      camera.far = size.length() * 20;
      camera.updateProjectionMatrix();
      controls.update();
      showRect();
      el.dataset.ready = 'true';
    });

    const hitAt = (e: PointerEvent, objects: Object3D[]) => {
      const box = renderer.domElement.getBoundingClientRect();
      const ray = new Raycaster();
      ray.setFromCamera(
        new Vector2(
          ((e.clientX - box.left) / box.width) * 2 - 1,
          -((e.clientY - box.top) / box.height) * 2 + 1,
        ),
        camera,
      );
      return ray.intersectObjects(objects, false)[0] ?? null;
    };
    let down: Vector2 | null = null;
    // A drag that started on the selected mesh moves the print area instead of the camera.
    let drag: { from: Uv; start: UvRect; last: UvRect } | null = null;
    const onDown = (e: PointerEvent) => {
      down = new Vector2(e.clientX, e.clientY);
      const { rect: r, selected: mesh } = props.current;
      if (!r || !mesh) return;
      const hit = hitAt(e, meshes);
      if (!hit?.uv || names.get(hit.object as Mesh) !== mesh) return;
      drag = { from: { u: hit.uv.x, v: hit.uv.y }, start: r, last: r };
      controls.enabled = false;
      renderer.domElement.setPointerCapture(e.pointerId);
    };
    const onMove = (e: PointerEvent) => {
      if (!drag) return;
      const hit = hitAt(e, chosen());
      if (!hit?.uv) return;
      drag.last = movedRect(drag.start, drag.from, { u: hit.uv.x, v: hit.uv.y });
      props.current.onRect(drag.last, false);
    };
    const onUp = (e: PointerEvent) => {
      if (drag) {
        const { start, last } = drag;
        drag = null;
        controls.enabled = true;
        if (last !== start) {
          props.current.onRect(last, true);
          return;
        }
      }
      if (!down || down.distanceTo(new Vector2(e.clientX, e.clientY)) > 4) return;
      const name = meshNameOf(hitAt(e, meshes)?.object ?? null, props.current.meshNames);
      if (name) props.current.onPick(name);
    };
    // Before OrbitControls' own listener, so a drag on the print area never orbits.
    renderer.domElement.addEventListener('pointerdown', onDown, { capture: true });
    renderer.domElement.addEventListener('pointermove', onMove);
    renderer.domElement.addEventListener('pointerup', onUp);
    const round = (v: Vector3): [number, number, number] => [
      Math.round(v.x * 10) / 10,
      Math.round(v.y * 10) / 10,
      Math.round(v.z * 10) / 10,
    ];
    props.current.onApi({
      camera: () => ({
        positionMm: round(camera.position),
        targetMm: round(controls.target),
        fovDeg: camera.fov,
      }),
      goTo: (view) => {
        camera.position.set(...view.positionMm);
        controls.target.set(...view.targetMm);
        camera.fov = view.fovDeg;
        camera.updateProjectionMatrix();
        controls.update();
        render();
      },
    });
    return () => {
      disposed = true;
      props.current.onApi(null);
      controls.dispose();
      overlay.geometry.dispose();
      overlay.material.dispose();
      renderer.dispose();
      renderer.domElement.remove();
    };
  }, [sha256, scaleToMm]);

  useEffect(() => {
    const st = state.current;
    if (!st) return;
    for (const mesh of st.meshes) {
      const material = mesh.material as MeshStandardMaterial;
      const on = selected !== null && st.names.get(mesh) === selected;
      material.emissive.set(on ? HIGHLIGHT : BLACK);
      material.setValues({ emissiveIntensity: on ? 0.35 : 0 });
    }
    st.showRect();
  }, [selected]);

  useEffect(() => {
    state.current?.showRect();
  }, [rect]);

  return (
    <div
      ref={host}
      className={m.viewer}
      aria-label="3D view of the model: drag to orbit, click a mesh to pick it, drag the print area to move it"
      role="img"
    />
  );
}
