// Orbit controls around the product, the default view fitted to its size, and short
// camera moves to face a zone or to go back to the default view.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { MathUtils, Quaternion, Sphere, Vector3, type Box3, type PerspectiveCamera } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { ProductModel, SurfaceFrame } from './models/types';

export type View = { target: Vector3; position: Vector3 };
export type ZoneFocus = SurfaceFrame & { sizeMm: number };
type Move = { from: View; to: View; start: number };

const MOVE_MS = 650;

/** The default view: the whole box in frame (every corner inside the view), from `direction`. */
export function homeView(bounds: Box3, direction: Vector3, fov: number, aspect: number, margin = 0.86): View {
  const target = bounds.getCenter(new Vector3());
  const back = direction.clone().normalize();
  const right = new Vector3(0, 1, 0).cross(back).normalize();
  const up = back.clone().cross(right);
  const tanV = Math.tan(MathUtils.degToRad(fov) / 2) * margin;
  const tanH = tanV * aspect;
  let distance = 0;
  for (let i = 0; i < 8; i++) {
    const corner = new Vector3(i & 1 ? bounds.max.x : bounds.min.x, i & 2 ? bounds.max.y : bounds.min.y, i & 4 ? bounds.max.z : bounds.min.z).sub(target);
    const depth = corner.dot(back);
    distance = Math.max(distance, depth + Math.abs(corner.dot(right)) / tanH, depth + Math.abs(corner.dot(up)) / tanV);
  }
  return { target, position: target.clone().addScaledVector(back, distance) };
}

/** Facing a zone along its surface normal, close enough for the zone to fill most of the view. */
export function zoneView(point: Vector3, normal: Vector3, sizeMm: number, fov: number, aspect: number, limits: [number, number]): View {
  const vertical = MathUtils.degToRad(fov) / 2;
  const fit = sizeMm / Math.min(1, aspect) / (2 * Math.tan(vertical)) / 0.75;
  const distance = MathUtils.clamp(fit, limits[0], limits[1]);
  return { target: point.clone(), position: point.clone().addScaledVector(normal, distance) };
}

type Props = {
  model: ProductModel;
  bounds: Box3;
  /** Changes when another product is shown: the camera goes home instead of following. */
  productKey: string;
  /** The focused zone's centre, normal and size, or null. */
  focus: ZoneFocus | null;
  resetViewSignal: number;
};

export function CameraRig({ model, bounds, productKey, focus, resetViewSignal }: Props) {
  const camera = useThree((s) => s.camera as PerspectiveCamera);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const aspect = useThree((s) => s.size.width / Math.max(1, s.size.height));
  const controls = useMemo(() => new OrbitControls(camera, gl.domElement), [camera, gl]);
  const move = useRef<Move | null>(null);

  useEffect(() => {
    controls.enableDamping = true;
    controls.dampingFactor = 0.15;
    controls.enablePan = false;
    const changed = () => invalidate();
    const interrupted = () => void (move.current = null);
    controls.addEventListener('change', changed);
    controls.addEventListener('start', interrupted);
    return () => {
      controls.removeEventListener('change', changed);
      controls.removeEventListener('start', interrupted);
      controls.dispose();
    };
  }, [controls, invalidate]);

  const fov = camera.fov;
  const home = useMemo(() => homeView(bounds, model.viewDirection, fov, aspect), [bounds, model, fov, aspect]);
  const radius = useMemo(() => bounds.getBoundingSphere(new Sphere()).radius, [bounds]);

  // A new product jumps home; a new size of the same product keeps the angle and refits.
  const shown = useRef<{ key: string; home: View } | null>(null);
  useLayoutEffect(() => {
    const distance = home.position.distanceTo(home.target);
    controls.minDistance = radius * 0.25;
    controls.maxDistance = distance * 2.2;
    [controls.minPolarAngle, controls.maxPolarAngle] = model.polarRange;
    camera.near = Math.max(0.5, radius / 100);
    camera.far = distance * 20;
    camera.updateProjectionMatrix();
    const previous = shown.current;
    if (!previous || previous.key !== productKey) {
      camera.position.copy(home.position);
      controls.target.copy(home.target);
    } else {
      const scale = distance / previous.home.position.distanceTo(previous.home.target);
      const offset = camera.position.clone().sub(controls.target).multiplyScalar(scale);
      controls.target.add(home.target).sub(previous.home.target);
      camera.position.copy(controls.target).add(offset);
    }
    shown.current = { key: productKey, home };
    move.current = null;
    controls.update();
    invalidate();
  }, [home, radius, model, productKey, camera, controls, invalidate]);

  const animateTo = (to: View) => {
    move.current = { from: { target: controls.target.clone(), position: camera.position.clone() }, to, start: performance.now() };
    invalidate();
  };
  const firstReset = useRef(resetViewSignal);
  useEffect(() => {
    const target = shown.current?.home;
    if (target && resetViewSignal !== firstReset.current) animateTo(target);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new signal moves the camera
  }, [resetViewSignal]);
  useEffect(() => {
    if (focus) animateTo(zoneView(focus.point, focus.normal, focus.sizeMm, fov, aspect, [controls.minDistance, controls.maxDistance]));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new focus moves the camera
  }, [focus]);

  useFrame(() => {
    const m = move.current;
    if (m) {
      const t = Math.min(1, (performance.now() - m.start) / MOVE_MS);
      const k = t * t * (3 - 2 * t);
      // Swing around the target rather than cutting through the product.
      const a = m.from.position.clone().sub(m.from.target);
      const b = m.to.position.clone().sub(m.to.target);
      const turn = new Quaternion().setFromUnitVectors(a.clone().normalize(), b.clone().normalize());
      const dir = a.clone().normalize().applyQuaternion(new Quaternion().slerp(turn, k));
      controls.target.lerpVectors(m.from.target, m.to.target, k);
      camera.position.copy(controls.target).addScaledVector(dir, MathUtils.lerp(a.length(), b.length(), k));
      if (t >= 1) move.current = null;
      invalidate();
    }
    controls.update();
  });
  return null;
}
