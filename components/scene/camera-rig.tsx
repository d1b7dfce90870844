// Orbit controls around the product, the default view fitted to its size, and short camera
// moves to face a zone or to go back to the default view.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Sphere, type Box3, type PerspectiveCamera } from 'three';
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import {
  createControls,
  currentView,
  fitLimits,
  followResize,
  homeView,
  namedView,
  showView,
  stepMove,
  zoneView,
  type Move,
  type View,
  type ZoneFocus,
} from './camera-views';
import type { ProductModel } from './models/types';

type Props = {
  model: ProductModel;
  bounds: Box3;
  /** Changes when another product is shown: the camera goes home instead of following. */
  productKey: string;
  /** The focused zone's centre, normal and size, or null. */
  focus: ZoneFocus | null;
  resetViewSignal: number;
  /** A named view of the model to move to; a new object each time it is asked for. */
  viewRequest: { id: string; n: number } | null;
};

export function CameraRig({ model, bounds, productKey, focus, resetViewSignal, viewRequest }: Props) {
  const camera = useThree((s) => s.camera as PerspectiveCamera);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const aspect = useThree((s) => s.size.width / Math.max(1, s.size.height));
  const controls = useRef<OrbitControls | null>(null);
  const move = useRef<Move | null>(null);

  // Created in an effect, not during render: the controls listen to the canvas.
  useLayoutEffect(() => {
    const c = createControls(
      camera,
      gl.domElement,
      () => invalidate(),
      () => void (move.current = null),
    );
    controls.current = c;
    return () => {
      c.dispose();
      controls.current = null;
    };
  }, [camera, gl, invalidate]);

  const fov = camera.fov;
  const home = useMemo(
    () => homeView(bounds, model.viewDirection, fov, aspect),
    [bounds, model, fov, aspect],
  );
  const radius = useMemo(() => bounds.getBoundingSphere(new Sphere()).radius, [bounds]);

  // A new product jumps home. A new size of the same product keeps the angle and follows
  // the product's centre and size, so the new proportions show without leaving the frame.
  const shown = useRef<{ key: string; home: View } | null>(null);
  useLayoutEffect(() => {
    const c = controls.current;
    if (!c) return;
    fitLimits(camera, c, home, radius, model.polarRange);
    const previous = shown.current;
    if (!previous || previous.key !== productKey) showView(camera, c, home);
    else if (previous.home !== home) followResize(camera, c, previous.home, home);
    shown.current = { key: productKey, home };
    move.current = null;
    c.update();
    invalidate();
  }, [home, radius, model, productKey, camera, gl, invalidate]);

  const animateTo = (to: View) => {
    const c = controls.current;
    if (!c) return;
    move.current = { from: currentView(camera, c), to, start: performance.now() };
    invalidate();
  };
  const firstReset = useRef(resetViewSignal);
  useEffect(() => {
    const target = shown.current?.home;
    if (target && resetViewSignal !== firstReset.current) animateTo(target);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new signal moves the camera
  }, [resetViewSignal]);
  useEffect(() => {
    const c = controls.current;
    if (focus && c) animateTo(zoneView(focus, fov, aspect, [c.minDistance, c.maxDistance]));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new focus moves the camera
  }, [focus]);

  useEffect(() => {
    const named = viewRequest && model.views?.[viewRequest.id];
    if (named) animateTo(namedView(named, fov));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new request moves the camera
  }, [viewRequest]);

  useFrame(() => {
    const c = controls.current;
    if (!c) return;
    if (move.current) {
      if (stepMove(camera, c, move.current, performance.now())) move.current = null;
      invalidate();
    }
    c.update();
  });
  return null;
}
