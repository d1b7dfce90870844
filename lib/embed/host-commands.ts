// The commands a host page may send to an embedded configurator (see ./protocol.ts), read with
// zod. Kept apart from the messages the frame posts so that the product page, which only posts,
// does not ship a schema library (the command reader loads only inside a frame).
import { z } from 'zod';
import { MAX_QUANTITY } from '../pricing/quote';
import { EMBED_PROTOCOL_VERSION, HOST_SOURCE } from './protocol';

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
