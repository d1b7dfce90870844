// Shader programs are compiled before the product is first shown. three compiles a program
// when an object first needs it and waits for the GPU to link it there and then; asking for
// all of them one task ahead lets the GPU process work through them while the page finishes
// what it is doing, so the first frame waits less.
//
// (Waiting for each program's link in a task of its own was tried: Chromium then took 2-3 s
// over one of them under SwiftShader, so the links are still collected by the first frame.)
import type { Camera, Object3D, Scene, WebGLRenderer } from 'three';
import { nextTask } from './next-task';

/** Issues the compiles `object` needs (lit as `scene` is) and resolves a task later. */
export async function warmUpShaders(
  gl: WebGLRenderer,
  object: Object3D,
  camera: Camera,
  scene: Scene,
): Promise<void> {
  gl.compile(object, camera, scene);
  await nextTask();
}
