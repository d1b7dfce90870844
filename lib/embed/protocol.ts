// The conversation between an embedded configurator (/embed/<slug>, in an iframe) and the page
// that hosts it, over window.postMessage. Versioned: a host written for version 1 keeps
// working while later versions add events. Every message carries `source` so either side can
// ignore the rest of a busy page's traffic, and the frame only talks to the origin that the
// brand allowed (lib/embed/origins.ts): it posts to that origin, never to "*".

export const EMBED_PROTOCOL_VERSION = 1;
/** `source` of what the frame posts. */
export const FRAME_SOURCE = 'onekind';
/** `source` of what the host posts. */
export const HOST_SOURCE = 'onekind-host';

/** A price as the server would charge it, in minor units (cents). */
export type EmbedPrice = { totalMinor: number; unitMinor: number; currency: string };

/** What a saved design is, for the host: enough to show it, verify its price and reopen it. */
export type EmbedSavedDesign = {
  designId: string;
  productSlug: string;
  quantity: number;
  price: EmbedPrice;
  /** A PNG of the design, public to whoever has the link (like the share link). */
  previewImageUrl: string;
  /** Opens this design again in the embedded configurator, for editing. */
  editUrl: string;
  /** The shop's own page of the design. */
  shareUrl: string;
};

/** Everything the frame tells the host. */
export type FrameEvent =
  | { type: 'ready'; productSlug: string; productName: string; currency: string }
  | { type: 'change'; price: EmbedPrice | null; quantity: number; valid: boolean; problems: number }
  | ({ type: 'saved' } & EmbedSavedDesign)
  | ({ type: 'add-to-cart' } & EmbedSavedDesign)
  | { type: 'error'; message: string; command?: string }
  /** The configurator's content height in CSS pixels: embed.js sizes the frame to it. */
  | { type: 'resize'; height: number };

export type FrameEventType = FrameEvent['type'];
export type FrameMessage = FrameEvent & {
  source: typeof FRAME_SOURCE;
  version: typeof EMBED_PROTOCOL_VERSION;
};

/** The events a host can listen to, in the order they usually come. */
export const FRAME_EVENT_TYPES = [
  'ready',
  'change',
  'saved',
  'add-to-cart',
  'error',
  'resize',
] as const satisfies readonly FrameEventType[];

/** Wraps an event for posting. */
export function frameMessage(event: FrameEvent): FrameMessage {
  return { source: FRAME_SOURCE, version: EMBED_PROTOCOL_VERSION, ...event };
}
