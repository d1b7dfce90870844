import { EMBED_PROTOCOL_VERSION, FRAME_SOURCE, HOST_SOURCE } from './protocol';

// The script a store page includes to embed the configurator (served at /embed.js, no build
// step for the host). It is this function's source, sent as is with its settings: so it is
// type-checked with the rest of the code, and it must not use anything from outside itself.

export type HostScriptSettings = {
  frameSource: string;
  hostSource: string;
  version: number;
  fallbackShop: string;
};

/**
 * Mounts a configurator frame into every `<div data-onekind-product="slug">` (now and later),
 * forwards the frame's events to the element as DOM events (`onekind:ready`, `onekind:change`,
 * `onekind:saved`, `onekind:add-to-cart`, `onekind:error`) and gives the element a `onekind`
 * property with `send(command)`, `setLocale`, `setQuantity` and `save`.
 */
export function mountOnekindEmbeds(settings: HostScriptSettings): void {
  const script = document.currentScript as HTMLScriptElement | null;
  const shop = script?.src ? new URL(script.src).origin : settings.fallbackShop;
  const frames = new Map<Window, HTMLElement>();

  type Command = { type: string } & Record<string, unknown>;
  const mount = (el: HTMLElement) => {
    if (el.dataset.onekindMounted) return;
    const slug = el.dataset.onekindProduct ?? '';
    if (!/^[a-z0-9-]{1,80}$/.test(slug))
      return console.error('Onekind: data-onekind-product needs a product slug such as "iphone-17-case".');
    el.dataset.onekindMounted = 'true';
    const src = new URL(`/embed/${slug}`, shop);
    src.searchParams.set('host', window.location.origin);
    if (el.dataset.onekindDesign) src.searchParams.set('design', el.dataset.onekindDesign);
    const frame = document.createElement('iframe');
    frame.src = src.toString();
    frame.title = el.dataset.onekindTitle ?? 'Personalize this product';
    frame.loading = 'lazy';
    frame.setAttribute('allow', 'clipboard-write');
    frame.style.cssText = 'display:block;width:100%;min-height:480px;border:0;color-scheme:normal';
    el.replaceChildren(frame);
    const send = (command: Command) =>
      frame.contentWindow?.postMessage(
        { ...command, source: settings.hostSource, version: settings.version },
        shop,
      );
    Object.assign(el, {
      onekind: {
        send,
        setLocale: (locale: string) => send({ type: 'setLocale', locale }),
        setQuantity: (quantity: number) => send({ type: 'setQuantity', quantity }),
        save: () => send({ type: 'save' }),
      },
    });
    if (frame.contentWindow) frames.set(frame.contentWindow, el);
    frame.addEventListener('load', () => frame.contentWindow && frames.set(frame.contentWindow, el));
  };

  window.addEventListener('message', (event: MessageEvent) => {
    const el = event.source ? frames.get(event.source as Window) : undefined;
    const data = event.data as {
      source?: unknown;
      version?: unknown;
      type?: unknown;
      height?: unknown;
    } | null;
    if (
      !el ||
      event.origin !== shop ||
      !data ||
      data.source !== settings.frameSource ||
      data.version !== settings.version ||
      typeof data.type !== 'string'
    )
      return;
    if (data.type === 'resize' && typeof data.height === 'number') {
      const frame = el.querySelector('iframe');
      if (frame) frame.style.height = `${Math.ceil(Math.min(Math.max(data.height, 320), 20000))}px`;
    }
    el.dispatchEvent(new CustomEvent(`onekind:${data.type}`, { detail: data, bubbles: true }));
  });

  const scan = (root: ParentNode) =>
    root.querySelectorAll<HTMLElement>('[data-onekind-product]').forEach(mount);
  const start = () => {
    scan(document);
    new MutationObserver(() => scan(document)).observe(document.body, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}

/** The script's text, with its settings. */
export function hostScript(fallbackShop: string): string {
  const settings: HostScriptSettings = {
    frameSource: FRAME_SOURCE,
    hostSource: HOST_SOURCE,
    version: EMBED_PROTOCOL_VERSION,
    fallbackShop,
  };
  return `/* Onekind embed, protocol v${EMBED_PROTOCOL_VERSION}. See the README's "Embed in your store". */\n(${mountOnekindEmbeds.toString()})(${JSON.stringify(settings)});\n`;
}
