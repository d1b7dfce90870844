import { z } from 'zod';
import { MAX_QUANTITY } from '../pricing/quote';

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

// BCP 47 tags as browsers accept them ("en", "de-CH", "pt-BR", "zh-Hant-TW").
const locale = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Send a language tag such as "en-GB" or "de-CH".')
  .refine(supported, 'This locale is not supported.');

function supported(tag: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false; // not a well-formed tag (zod runs this check even when the pattern failed)
  }
}

const envelope = { source: z.literal(HOST_SOURCE), version: z.literal(EMBED_PROTOCOL_VERSION) };

/** The commands a host may send; anything else is ignored, with an `error` event back. */
export const hostCommandSchema = z.discriminatedUnion('type', [
  z.object({ ...envelope, type: z.literal('setLocale'), locale }),
  z.object({
    ...envelope,
    type: z.literal('setQuantity'),
    quantity: z.number().int().min(1).max(MAX_QUANTITY),
  }),
  z.object({ ...envelope, type: z.literal('save') }),
]);
export type HostCommand = z.infer<typeof hostCommandSchema>;
export const HOST_COMMAND_TYPES = [
  'setLocale',
  'setQuantity',
  'save',
] as const satisfies readonly HostCommand['type'][];

/** Wraps an event for posting. */
export function frameMessage(event: FrameEvent): FrameMessage {
  return { source: FRAME_SOURCE, version: EMBED_PROTOCOL_VERSION, ...event };
}

export type ParsedCommand =
  { ok: true; command: HostCommand } | { ok: false; message: string; command?: string } | null;

/**
 * Reads a message the host posted: null when it is not meant for us (another script's
 * traffic), otherwise the command or why it was refused.
 */
export function parseHostCommand(data: unknown): ParsedCommand {
  if (typeof data !== 'object' || data === null || (data as { source?: unknown }).source !== HOST_SOURCE)
    return null;
  const parsed = hostCommandSchema.safeParse(data);
  if (parsed.success) return { ok: true, command: parsed.data };
  const type = (data as { type?: unknown }).type;
  const command = typeof type === 'string' ? type.slice(0, 40) : undefined;
  if ((data as { version?: unknown }).version !== EMBED_PROTOCOL_VERSION) {
    return {
      ok: false,
      command,
      message: `This configurator speaks version ${EMBED_PROTOCOL_VERSION} of the embed protocol.`,
    };
  }
  if (!command || !(HOST_COMMAND_TYPES as readonly string[]).includes(command)) {
    return { ok: false, command, message: `Unknown command. Send one of: ${HOST_COMMAND_TYPES.join(', ')}.` };
  }
  return { ok: false, command, message: parsed.error.issues[0]?.message ?? 'The command could not be read.' };
}
