// When a frame is really on screen. three returns from render() once the frame's commands
// are issued; the GPU (in software WebGL, a JIT compiling each new shader at its first draw)
// may need hundreds of ms more. A fence tells when it is done, polled without blocking.

/** Resolves once the GPU has finished every command issued so far (at once without WebGL2). */
export function whenGpuDone(gl: WebGLRenderingContext | WebGL2RenderingContext): Promise<void> {
  if (!('fenceSync' in gl)) return Promise.resolve();
  const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  if (!sync) return Promise.resolve();
  gl.flush();
  return new Promise((resolve) => {
    const poll = () => {
      if (gl.isContextLost() || gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED) {
        gl.deleteSync(sync);
        resolve();
      } else setTimeout(poll, 4);
    };
    setTimeout(poll, 0);
  });
}
