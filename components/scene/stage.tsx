// Light for the product: a soft studio room baked into an environment map (three's
// RoomEnvironment through PMREM: nothing downloaded), a key and a rim light, and a soft
// contact shadow under the product.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { CanvasTexture, MeshBasicMaterial, PlaneGeometry, PMREMGenerator, Vector3, type Box3, type DirectionalLight, type Scene, type Texture } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';

/** Lights the scene with an environment map (three objects are mutable by design). */
function setEnvironment(scene: Scene, texture: Texture | null, intensity = 1) {
  scene.environment = texture;
  scene.environmentIntensity = intensity;
}

function useRoomEnvironment() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const pmrem = new PMREMGenerator(gl);
    const room = new RoomEnvironment();
    const target = pmrem.fromScene(room, 0.04);
    room.dispose();
    pmrem.dispose();
    setEnvironment(scene, target.texture, 0.45);
    invalidate();
    return () => {
      setEnvironment(scene, null);
      target.dispose();
    };
  }, [gl, scene, invalidate]);
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
    const material = new MeshBasicMaterial({ map, color: '#2a2118', transparent: true, depthWrite: false, toneMapped: false });
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

export function Stage({ bounds }: { bounds: Box3 }) {
  useRoomEnvironment();
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
