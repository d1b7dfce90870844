// Long tasks freeze the page: a click or a keystroke waits for them. Work that takes a while
// (building a model, compiling shaders) is cut into pieces with a return to the browser
// between them, so input and painting get their turn.

/** Resolves in a new task, after the browser has handled what is waiting (no 4 ms clamp). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
