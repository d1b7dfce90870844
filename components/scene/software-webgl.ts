// Whether WebGL runs in software (SwiftShader, llvmpipe: machines without a usable GPU).
// There multisampling multiplies the cost of every pixel: it made each keystroke's frame 3-4
// times slower (60-175 ms instead of 25-70 ms), so those machines go without it.
//
// Finding out takes a WebGL context, and the page's first context costs 60-100 ms in
// software (it starts the GPU channel). The configurator asks early, when the browser is idle
// while three.js downloads, so the answer is ready and the 3D canvas's own context is cheap.

let answer: boolean | undefined;

function probe(): boolean {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = `${String(gl.getParameter(gl.RENDERER))} ${info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : ''}`;
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return /swiftshader|llvmpipe|software/i.test(name);
}

/** True when WebGL is rendered in software; probed once per page. */
export function softwareWebGl(): boolean {
  return (answer ??= probe());
}

/** Probes when the browser is next idle, so that the 3D preview does not wait for it. */
export function probeWebGlWhenIdle(): void {
  if (typeof window === 'undefined' || answer !== undefined) return;
  const run = () => void softwareWebGl();
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}
