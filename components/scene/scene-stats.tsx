// Counters for benchmarks and tests (window.__onekindScene), and the first-frame signal.
// Plain object mutation in the render loop: nothing here sets React state.
import { addAfterEffect, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { whenGpuDone } from './gpu-done';

export type SceneStatsSnapshot = {
  frames: number;
  /** gl.info of the last drawn frame. */
  drawCalls: number;
  textures: number;
  geometries: number;
  /** Shader programs compiled so far. */
  programs: number;
  /** performance.now() when the GPU finished the first frame after a zone's artwork texture changed. */
  textureFrameAt?: number;
};

let textureChanged = false;
/** Notes that zone artwork was re-uploaded, so the next drawn frame is timed. */
export function markTextureChanged(): void {
  textureChanged = true;
}

const publish = (stats: SceneStatsSnapshot) => {
  (window as unknown as { __onekindScene?: SceneStatsSnapshot }).__onekindScene = stats;
};

type Props = {
  /** True once the product's meshes are in the scene. */
  drawn: () => boolean;
  /** Called once, when the GPU has finished the first frame with the product. */
  onFirstFrame?: () => void;
};

export function SceneStats({ drawn, onFirstFrame }: Props) {
  const gl = useThree((s) => s.gl);
  const callback = useRef(onFirstFrame);
  useEffect(() => {
    callback.current = onFirstFrame;
  }, [onFirstFrame]);
  const stats = useRef<SceneStatsSnapshot>({
    frames: 0,
    drawCalls: 0,
    textures: 0,
    geometries: 0,
    programs: 0,
  });
  const announced = useRef(false);
  const seen = useRef(0);

  useEffect(() => publish(stats.current), []);
  useFrame(() => {
    stats.current.frames += 1;
  });
  // After the frame is drawn, gl.info holds that frame's numbers.
  useEffect(
    () =>
      addAfterEffect(() => {
        const s = stats.current;
        // The loop can tick without drawing; only a drawn frame updates the numbers.
        if (s.frames === seen.current) return;
        seen.current = s.frames;
        s.drawCalls = gl.info.render.calls;
        s.textures = gl.info.memory.textures;
        s.geometries = gl.info.memory.geometries;
        s.programs = gl.info.programs?.length ?? 0;
        if (textureChanged) {
          textureChanged = false;
          // Timed when the GPU has drawn the frame: that is when the shopper sees the change.
          void whenGpuDone(gl.getContext()).then(() => {
            s.textureFrameAt = performance.now();
            publish(s);
          });
        }
        publish(s);
        if (!announced.current && drawn()) {
          announced.current = true;
          // Announced when the GPU has drawn it, not when it was issued.
          performance.mark('onekind:first-frame-issued');
          void whenGpuDone(gl.getContext()).then(() => callback.current?.());
        }
      }),
    [gl, drawn],
  );
  return null;
}
