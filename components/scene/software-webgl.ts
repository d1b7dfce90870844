// Whether WebGL runs in software (SwiftShader, llvmpipe: machines without a usable GPU).
// There multisampling multiplies the cost of every pixel: it made each keystroke's frame 3-4
// times slower (60-175 ms instead of 25-70 ms), so those machines go without it.
//
// Finding out takes a WebGL context, and the page's first context is expensive in software: it
// starts the GPU channel and the software GPU (80 ms on a quiet machine, 1-1.5 s on a busy
// one), and getContext() blocks its thread all that time. So the question is asked from a
// worker, on an OffscreenCanvas, while three.js downloads: the main thread never waits, and the
// 3D canvas's own context, created afterwards, finds the channel started (about 10 ms).
// Browsers without OffscreenCanvas WebGL probe on the main thread when first asked.

let answer: boolean | undefined;
let probing: Promise<void> | undefined;

const SOFTWARE = /swiftshader|llvmpipe|software/i;
// The longest a worker probe may take before the page stops waiting for it.
const PROBE_TIMEOUT_MS = 4000;

/** The renderer's name from a WebGL2 context ('' without one). Runs in a worker or on the page. */
function rendererName(gl: WebGL2RenderingContext | null): string {
  if (!gl) return '';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = `${String(gl.getParameter(gl.RENDERER))} ${info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : ''}`;
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

// The worker's whole program: the function above, run on an OffscreenCanvas.
const WORKER_SOURCE = `const rendererName = ${rendererName.toString()};
let name = null;
try { name = rendererName(new OffscreenCanvas(1, 1).getContext('webgl2')); } catch {}
postMessage(name);`;

function probeOnPage(): boolean {
  return SOFTWARE.test(rendererName(document.createElement('canvas').getContext('webgl2')));
}

function probeInWorker(): Promise<void> {
  return new Promise<void>((resolve) => {
    let worker: Worker;
    try {
      const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
      worker = new Worker(url);
      URL.revokeObjectURL(url);
    } catch {
      resolve();
      return;
    }
    const done = (name: unknown) => {
      clearTimeout(timer);
      worker.terminate();
      // null: the worker had no WebGL2 on an OffscreenCanvas; the page asks for itself.
      if (typeof name === 'string') answer ??= SOFTWARE.test(name);
      resolve();
    };
    const timer = setTimeout(() => done(null), PROBE_TIMEOUT_MS);
    worker.onmessage = (e: MessageEvent<unknown>) => done(e.data);
    worker.onerror = () => done(null);
  });
}

/** True when WebGL is rendered in software; known once per page. */
export function softwareWebGl(): boolean {
  return (answer ??= probeOnPage());
}

/**
 * Starts the probe off the main thread (once); resolves when it is answered or given up on.
 * The 3D preview's chunk waits for it, so its canvas's context is the cheap second one.
 */
export function probeWebGl(): Promise<void> {
  if (typeof window === 'undefined' || answer !== undefined) return Promise.resolve();
  if (typeof OffscreenCanvas === 'undefined' || typeof Worker === 'undefined') return Promise.resolve();
  return (probing ??= probeInWorker());
}
