// The one WebGL canvas, through react-three-fiber's createRoot. r3f's <Canvas> registers the
// whole three namespace for JSX (about 230 KB more JavaScript); this registers only the
// elements the scene uses and otherwise sets the root up the way <Canvas> does.
import { createRoot, extend, type ReconcilerRoot, type RootState } from '@react-three/fiber';
import { useInsertionEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { AmbientLight, DirectionalLight, Group, HemisphereLight, Mesh, NeutralToneMapping } from 'three';
import { softwareWebGl } from './software-webgl';

extend({ AmbientLight, DirectionalLight, Group, HemisphereLight, Mesh });

type Props = { label: string; children: ReactNode };

// Kept outside the component: r3f compares configuration by identity, and a new camera
// object on every render would replace the camera.
let gl:
  | { antialias: boolean; alpha: true; preserveDrawingBuffer: false; powerPreference: 'high-performance' }
  | undefined;
/** Renderer options, decided once: multisampling only where a GPU does it. */
function glOptions() {
  return (gl ??= {
    antialias: !softwareWebGl(),
    alpha: true,
    preserveDrawingBuffer: false,
    powerPreference: 'high-performance',
  });
}
const DPR: [number, number] = [1, 2];
// Software WebGL shades every pixel on the CPU: at full size a frame of the preview took
// 200-400 ms there (and the first frame's GPU work as long again after it was issued). Such
// machines draw at 60 % of the canvas size, about a third of the pixels, and the browser
// scales the picture up: softer edges, two to three times quicker frames. (Sharpening after
// a pause in editing, through r3f's store, stalled the page; SharpWhenIdle resizes the
// renderer itself, once, 400 ms after the last interaction.)
const SOFTWARE_DPR = 0.6;

/** Pixel ratios of interactive and idle frames where they differ (software WebGL), else null. */
export function idleSharpening(): { low: number; full: number } | null {
  const full = Math.min(Math.max(window.devicePixelRatio || 1, 1), 2);
  return softwareWebGl() && full > SOFTWARE_DPR ? { low: SOFTWARE_DPR, full } : null;
}
const CAMERA = { fov: 30, near: 1, far: 20000, position: [0, 0, 1000] as [number, number, number] };
// Neutral tone mapping keeps the swatch colours true to their hex codes.
const onCreated = ({ gl }: RootState) => {
  gl.toneMapping = NeutralToneMapping;
  // Asked now, while the GPU is idle, and remembered by three: asked first by the zone
  // artwork, right after the first frame, it waited 75 ms behind that frame's shader compiles.
  gl.capabilities.getMaxAnisotropy();
};
type Size = { width: number; height: number; top: number; left: number };

export function SceneCanvas({ label, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  const [size, setSize] = useState<Size | null>(null);
  const [failed, setFailed] = useState(false);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const { width, height } = el.getBoundingClientRect();
      setSize((s) =>
        s && s.width === width && s.height === height ? s : { width, height, top: 0, left: 0 },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Insertion effects survive StrictMode's effect replay, so the root is released only when
  // the canvas really goes away (as r3f's own <Canvas> does).
  useInsertionEffect(
    () => () => {
      root.current?.unmount();
      root.current = null;
    },
    [],
  );

  useLayoutEffect(() => {
    const el = canvas.current;
    if (!el || !size || size.width === 0 || size.height === 0 || failed) return;
    const r = (root.current ??= createRoot(el));
    r.configure({
      gl: glOptions(),
      dpr: softwareWebGl() ? SOFTWARE_DPR : DPR,
      frameloop: 'demand',
      size,
      camera: CAMERA,
      onCreated,
    }).then(undefined, (error: unknown) => {
      console.warn('3D preview unavailable', error);
      setFailed(true);
    });
    // Without WebGL the renderer fails at once; the message above replaces the scene.
    if (r.ready.status !== 'rejected') r.render(children);
  });

  return (
    <div
      ref={box}
      style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden', touchAction: 'none' }}
    >
      <canvas
        ref={canvas}
        role="img"
        aria-label={label}
        style={{ display: 'block', width: '100%', height: '100%' }}
      />
      {failed && (
        <p style={{ position: 'absolute', inset: 'auto 0 1rem', textAlign: 'center', margin: 0 }}>
          3D preview unavailable on this device.
        </p>
      )}
    </div>
  );
}
