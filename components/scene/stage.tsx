// Light for the product: a soft studio room baked into an environment map (three's
// RoomEnvironment through PMREM: nothing downloaded), a key and a rim light, and a soft
// contact shadow under the product.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import {
  CanvasTexture,
  Color,
  HalfFloatType,
  LinearMipmapLinearFilter,
  LinearSRGBColorSpace,
  MeshBasicMaterial,
  PlaneGeometry,
  PMREMGenerator,
  Vector3,
  WebGLCubeRenderTarget,
  type WebGLRenderTarget,
  type Box3,
  type DirectionalLight,
  type Scene,
  type Texture,
  type WebGLRenderer,
} from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { whenGpuDone } from './gpu-done';

/** Lights the scene with an environment map (three objects are mutable by design). */
function setEnvironment(scene: Scene, texture: Texture | null, intensity = 1) {
  scene.environment = texture;
  scene.environmentIntensity = intensity;
}

// PMREMGenerator's output for a 256 px cube: a cube target with mip levels down to 8 px.
// Its size and level count decide the materials' shader defines, so a stand-in of the same
// shape lets them compile once, for good.
const PMREM_CUBE = 256;
const PMREM_LEVELS = Math.log2(PMREM_CUBE) - 3 + 1;
const NEUTRAL_RADIANCE = new Color(0.5, 0.5, 0.5);

/** A PMREM-shaped environment of one uniform grey: drawn by clears, no shader needed. */
function neutralEnvironment(gl: WebGLRenderer): WebGLCubeRenderTarget {
  const target = new WebGLCubeRenderTarget(PMREM_CUBE, {
    minFilter: LinearMipmapLinearFilter,
    generateMipmaps: false,
    type: HalfFloatType,
    colorSpace: LinearSRGBColorSpace,
    depthBuffer: false,
  });
  // As PMREMGenerator does: the levels are declared, not generated (three's types lack these).
  const texture = target.texture as Texture & {
    mipmaps: Array<{ width: number; height: number }>;
    isPMREMTexture?: boolean;
  };
  for (let lod = 0; lod < PMREM_LEVELS; lod++)
    texture.mipmaps.push({ width: PMREM_CUBE >> lod, height: PMREM_CUBE >> lod });
  texture.isPMREMTexture = true;
  const previous = {
    target: gl.getRenderTarget(),
    colour: gl.getClearColor(new Color()),
    alpha: gl.getClearAlpha(),
  };
  gl.setClearColor(NEUTRAL_RADIANCE, 1);
  for (let face = 0; face < 6; face++) {
    for (let lod = 0; lod < PMREM_LEVELS; lod++) {
      gl.setRenderTarget(target, face, lod);
      gl.clear(true, false, false);
    }
  }
  gl.setRenderTarget(previous.target);
  gl.setClearColor(previous.colour, previous.alpha);
  return target;
}

/** three's RoomEnvironment (a soft studio) baked for physically based materials. */
function bakeRoom(gl: WebGLRenderer): WebGLRenderTarget {
  const pmrem = new PMREMGenerator(gl);
  const room = new RoomEnvironment();
  const baked = pmrem.fromScene(room, 0.04, 0.1, 100, { size: PMREM_CUBE });
  room.dispose();
  pmrem.dispose();
  return baked;
}

/**
 * The studio room lights the product from the second frame on. Baking it (PMREM) compiles
 * three shaders and renders dozens of passes, which software WebGL takes 60-100 ms over; the
 * first frame shows the product in an even grey light instead, so it is not kept waiting.
 */
function useRoomEnvironment(productShown: boolean) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const maps = useRef<{ standIn: WebGLRenderTarget | null; room: WebGLRenderTarget | null }>({
    standIn: null,
    room: null,
  });
  useLayoutEffect(() => {
    const current = maps.current;
    current.standIn = neutralEnvironment(gl);
    setEnvironment(scene, current.standIn.texture, 0.45);
    return () => {
      setEnvironment(scene, null);
      current.standIn?.dispose();
      current.room?.dispose();
      current.standIn = current.room = null;
    };
  }, [gl, scene]);
  // Baked in a task of its own once the GPU has finished the frame that first shows the
  // product: its first draws compile shaders for hundreds of ms in software WebGL, and a bake
  // started sooner would block the page waiting behind them.
  useEffect(() => {
    const current = maps.current;
    if (!productShown || current.room) return;
    let live = true;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      void whenGpuDone(gl.getContext()).then(() => {
        if (!live) return;
        timer = window.setTimeout(() => {
          current.room = bakeRoom(gl);
          setEnvironment(scene, current.room.texture, 0.45);
          current.standIn?.dispose();
          current.standIn = null;
          invalidate();
        });
      });
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [productShown, gl, scene, invalidate]);
}

/** A radial gradient from a soft dark centre to nothing, drawn once. */
function shadowTexture(): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 128;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    const g = ctx.createRadialGradient(64, 64, 0, 64, 64, 64);
    g.addColorStop(0, 'rgba(0,0,0,0.55)');
    g.addColorStop(0.45, 'rgba(0,0,0,0.28)');
    g.addColorStop(1, 'rgba(0,0,0,0)');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, 128, 128);
  }
  return new CanvasTexture(canvas);
}

function ContactShadow({ bounds }: { bounds: Box3 }) {
  const parts = useMemo(() => {
    const map = shadowTexture();
    const material = new MeshBasicMaterial({
      map,
      color: '#2a2118',
      transparent: true,
      depthWrite: false,
      toneMapped: false,
    });
    return { map, material, geometry: new PlaneGeometry(1, 1).rotateX(-Math.PI / 2) };
  }, []);
  useEffect(
    () => () => {
      parts.map.dispose();
      parts.material.dispose();
      parts.geometry.dispose();
    },
    [parts],
  );
  const w = bounds.max.x - bounds.min.x;
  const d = bounds.max.z - bounds.min.z;
  const x = (bounds.max.x + bounds.min.x) / 2;
  const z = (bounds.max.z + bounds.min.z) / 2;
  return (
    <mesh
      geometry={parts.geometry}
      material={parts.material}
      position={[x, bounds.min.y - 0.5, z]}
      scale={[w * 1.5, 1, Math.max(d, w * 0.35) * 1.5]}
      renderOrder={-1}
      dispose={null}
    />
  );
}

// Key and rim light directions in camera space: the product is lit the same from every side.
const KEY = new Vector3(-0.8, 0.6, 0.4).normalize();
const RIM = new Vector3(0.7, 0.35, -0.8).normalize();

/** Light and shadow for the product; the full studio light once `productShown`. */
export function Stage({ bounds, productShown }: { bounds: Box3; productShown: boolean }) {
  useRoomEnvironment(productShown);
  const key = useRef<DirectionalLight>(null);
  const rim = useRef<DirectionalLight>(null);
  useFrame(({ camera }) => {
    key.current?.position.copy(KEY).applyQuaternion(camera.quaternion);
    rim.current?.position.copy(RIM).applyQuaternion(camera.quaternion);
  });
  return (
    <>
      <hemisphereLight args={['#ffffff', '#cfc6b8', 0.3]} />
      <directionalLight ref={key} intensity={1.6} />
      <directionalLight ref={rim} intensity={0.8} />
      <ContactShadow bounds={bounds} />
    </>
  );
}
