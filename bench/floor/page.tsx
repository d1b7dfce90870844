// The least a product page on this stack can be: React on the page, react-three-fiber and
// three.js, one lit physical mesh drawn once at the product page's software pixel ratio. No
// Next.js, no configurator, no model to build. `npm run bench -- floor` bundles it with esbuild
// (tree-shaken, minified) to show the JavaScript no product page can go below, and with
// `--base` times its first frame beside the base's product pages.
import { createRoot, extend, useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';
import { createRoot as createDomRoot } from 'react-dom/client';
import {
  DirectionalLight,
  Group,
  HemisphereLight,
  Mesh,
  MeshPhysicalMaterial,
  NeutralToneMapping,
  SphereGeometry,
} from 'three';

extend({ DirectionalLight, Group, HemisphereLight, Mesh });

/** Marks `onekind:first-frame` once the GPU has finished the first frame (as the shop does). */
function FirstFrame() {
  const gl = useThree((s) => s.gl);
  useLayoutEffect(() => {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const c = gl.getContext();
        c.readPixels(0, 0, 1, 1, c.RGBA, c.UNSIGNED_BYTE, new Uint8Array(4));
        performance.mark('onekind:first-frame');
      }),
    );
  }, [gl]);
  return null;
}

createDomRoot(document.getElementById('app')!).render(<h1>The floor</h1>);
const root = createRoot(document.querySelector('canvas')!);
void root
  .configure({
    frameloop: 'demand',
    dpr: 0.6,
    gl: { antialias: false, alpha: true },
    size: { width: 584, height: 700, top: 0, left: 0 },
    onCreated: ({ gl }) => {
      gl.toneMapping = NeutralToneMapping;
    },
  })
  .then(() =>
    root.render(
      <group>
        <hemisphereLight args={['#ffffff', '#cfc6b8', 0.3]} />
        <directionalLight intensity={1.6} position={[-1, 1, 1]} />
        <mesh
          geometry={new SphereGeometry(1, 64, 32)}
          material={new MeshPhysicalMaterial({ color: '#c0392b', sheen: 0.5, clearcoat: 0.1 })}
          position={[0, 0, -5]}
        />
        <FirstFrame />
      </group>,
    ),
  );
