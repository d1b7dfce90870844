// Interactive frames at a lowered resolution, the idle picture at the full one. Software WebGL
// shades every pixel on the CPU, so frames drawn while the shopper types or drags go at
// `low` pixels per CSS pixel; 400 ms after the last interaction (and once no frame has been
// drawn for a moment) one frame is drawn at `full`, and nothing more until something changes.
// The drawing buffer is resized directly on the renderer, not through r3f's store: a store
// change would queue a frame of its own, and softening must happen inside the frame the
// interaction caused, not in an extra one.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { whenGpuDone } from './gpu-done';

/** Quiet time after the last keystroke, click, drag or wheel before the sharp frame. */
export const IDLE_MS = 400;
/** Frames still coming (a camera glide, a texture's mipmaps) put the sharp frame off this long. */
const SETTLE_MS = 100;
const INTERACTIONS = ['pointerdown', 'keydown', 'wheel', 'pointermove'] as const;

const requestIdle = (run: () => void) =>
  'requestIdleCallback' in window ? window.requestIdleCallback(run, { timeout: 300 }) : setTimeout(run, 0);

type Props = {
  low: number;
  full: number;
  /** True once the GPU has drawn the first frame with the product: loading stays at `low`. */
  ready: () => boolean;
};

export function SharpWhenIdle({ low, full, ready }: Props) {
  const gl = useThree((s) => s.gl);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const t = useRef({ interaction: 0, frame: 0, sharp: false, sharpening: false, waiting: false });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const schedule = useRef<() => void>(() => undefined);

  useEffect(() => {
    const state = t.current;
    const resize = (ratio: number) => {
      gl.setPixelRatio(ratio);
      gl.setSize(size.width, size.height, false);
    };
    const fire = () => {
      const due = Math.max(state.interaction + IDLE_MS, state.frame + SETTLE_MS) - performance.now();
      if (due > 0) return void (timer.current = setTimeout(fire, due));
      if (state.sharp || state.waiting) return;
      if (!ready()) return void (timer.current = setTimeout(fire, SETTLE_MS));
      // Resizing the drawing buffer while the GPU still works on earlier frames makes the page
      // wait for all of them (in software, seconds after a first frame and the light's bake):
      // first the GPU finishes, then the page idles, then the buffer grows.
      const since = state.frame;
      state.waiting = true;
      // And the last frame stays on screen IDLE_MS before it is redrawn: where a keystroke's
      // frame takes longer than the pause between keys, sharpening between keys would make the
      // next key wait for the sharp frame.
      void whenGpuDone(gl.getContext()).then(() =>
        setTimeout(
          () =>
            requestIdle(() => {
              state.waiting = false;
              if (state.sharp || state.frame !== since) return schedule.current();
              if (performance.now() - state.interaction < IDLE_MS) return schedule.current();
              state.sharp = true;
              state.sharpening = true;
              resize(full);
              invalidate();
            }),
          IDLE_MS,
        ),
      );
    };
    schedule.current = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(fire, SETTLE_MS);
    };
    // r3f resized the buffer to its own ratio (the canvas changed size): start over, soft.
    state.sharp = false;
    const onInteraction = (e: Event) => {
      if (e.type === 'pointermove' && (e as PointerEvent).buttons === 0) return;
      state.interaction = performance.now();
      schedule.current();
    };
    for (const type of INTERACTIONS)
      window.addEventListener(type, onInteraction, { capture: true, passive: true });
    schedule.current();
    return () => {
      clearTimeout(timer.current);
      for (const type of INTERACTIONS) window.removeEventListener(type, onInteraction, { capture: true });
    };
  }, [gl, size, invalidate, full, ready]);

  // Runs before the frame is drawn: an interactive frame drawn while sharp goes back to `low`.
  useFrame(() => {
    const state = t.current;
    if (state.sharpening) {
      state.sharpening = false;
      return;
    }
    const now = performance.now();
    if (state.sharp && now - state.interaction < IDLE_MS) {
      state.sharp = false;
      gl.setPixelRatio(low);
      gl.setSize(size.width, size.height, false);
    }
    state.frame = now;
    if (!state.sharp) schedule.current();
  });
  return null;
}
