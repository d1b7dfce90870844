// Camera framing and moves, as plain functions over three objects (mutable by design), so
// the React component only decides when they happen.
import { MathUtils, Quaternion, Vector3, type Box3, type PerspectiveCamera } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { SurfaceFrame } from './models/types';

export type View = { target: Vector3; position: Vector3 };
export type ZoneFocus = SurfaceFrame & { sizeMm: number };
export type Move = { from: View; to: View; start: number };

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
    const corner = new Vector3(
      i & 1 ? bounds.max.x : bounds.min.x,
      i & 2 ? bounds.max.y : bounds.min.y,
      i & 4 ? bounds.max.z : bounds.min.z,
    ).sub(target);
    const depth = corner.dot(back);
    distance = Math.max(
      distance,
      depth + Math.abs(corner.dot(right)) / tanH,
      depth + Math.abs(corner.dot(up)) / tanV,
    );
  }
  return { target, position: target.clone().addScaledVector(back, distance) };
}

/** Facing a zone along its surface normal, close enough for the zone to fill about half the view. */
export function zoneView(focus: ZoneFocus, fov: number, aspect: number, limits: [number, number]): View {
  const vertical = MathUtils.degToRad(fov) / 2;
  const fit = focus.sizeMm / Math.min(1, aspect) / (2 * Math.tan(vertical)) / 0.55;
  const distance = MathUtils.clamp(fit, limits[0], limits[1]);
  return {
    target: focus.point.clone(),
    position: focus.point.clone().addScaledVector(focus.normal, distance),
  };
}

/**
 * A saved view as the scene's camera shows it: the same target and direction, the distance
 * changed so that its field of view's framing is kept at the scene's field of view.
 */
export function namedView(v: { position: Vector3; target: Vector3; fovDeg: number }, fov: number): View {
  const k = Math.tan(MathUtils.degToRad(v.fovDeg) / 2) / Math.tan(MathUtils.degToRad(fov) / 2);
  const offset = v.position.clone().sub(v.target).multiplyScalar(k);
  return { target: v.target.clone(), position: v.target.clone().add(offset) };
}

/** Orbit controls without panning, damped; every change asks for a frame. */
export function createControls(
  camera: PerspectiveCamera,
  dom: HTMLElement,
  onChange: () => void,
  onStart: () => void,
): OrbitControls {
  const controls = new OrbitControls(camera, dom);
  controls.enableDamping = true;
  controls.dampingFactor = 0.15;
  controls.enablePan = false;
  controls.addEventListener('change', onChange);
  controls.addEventListener('start', onStart);
  return controls;
}

/** Zoom and tilt limits and clipping planes suited to the product's size. */
export function fitLimits(
  camera: PerspectiveCamera,
  controls: OrbitControls,
  home: View,
  radius: number,
  polar: [number, number],
) {
  const distance = home.position.distanceTo(home.target);
  controls.minDistance = radius * 0.25;
  controls.maxDistance = distance * 2.2;
  [controls.minPolarAngle, controls.maxPolarAngle] = polar;
  camera.near = Math.max(0.5, radius / 100);
  camera.far = distance * 20;
  camera.updateProjectionMatrix();
}

/** Puts the camera at a view. */
export function showView(camera: PerspectiveCamera, controls: OrbitControls, view: View) {
  camera.position.copy(view.position);
  controls.target.copy(view.target);
}

/** Keeps the angle but follows a product that changed size: same framing of the new box. */
export function followResize(camera: PerspectiveCamera, controls: OrbitControls, before: View, after: View) {
  const scale = after.position.distanceTo(after.target) / before.position.distanceTo(before.target);
  const offset = camera.position.clone().sub(controls.target).multiplyScalar(scale);
  controls.target.add(after.target).sub(before.target);
  camera.position.copy(controls.target).add(offset);
}

/** The view the camera and controls show now. */
export const currentView = (camera: PerspectiveCamera, controls: OrbitControls): View => ({
  target: controls.target.clone(),
  position: camera.position.clone(),
});

/** Advances a camera move; swings around the target rather than cutting through the product. Returns true when done. */
export function stepMove(camera: PerspectiveCamera, controls: OrbitControls, m: Move, now: number): boolean {
  const t = Math.min(1, (now - m.start) / MOVE_MS);
  const k = t * t * (3 - 2 * t);
  const a = m.from.position.clone().sub(m.from.target);
  const b = m.to.position.clone().sub(m.to.target);
  const turn = new Quaternion().setFromUnitVectors(a.clone().normalize(), b.clone().normalize());
  const dir = a.clone().normalize().applyQuaternion(new Quaternion().slerp(turn, k));
  controls.target.lerpVectors(m.from.target, m.to.target, k);
  camera.position.copy(controls.target).addScaledVector(dir, MathUtils.lerp(a.length(), b.length(), k));
  return t >= 1;
}
