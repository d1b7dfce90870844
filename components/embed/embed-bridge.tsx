'use client';
import { useEffect, useRef } from 'react';
import { useEditor, useEditorStore, useTemplate } from '@/components/configurator/editor-context';
import { useSetLocale } from '@/components/configurator/money-format';
import { assertNever } from '@/lib/assert-never';
import { isAllowedOrigin } from '@/lib/embed/origins';
import { parseHostCommand, type HostCommand } from '@/lib/embed/host-commands';
import type { Quote } from '@/lib/pricing/quote';
import { useEmbed } from './embed-context';
import { embedPrice, useHostSave } from './host-save';

// How long the design must rest before the host hears `change`: typing a name sends one event,
// not one per key.
const CHANGE_QUIET_MS = 150;

/**
 * Talks to the store page that embeds the configurator: `ready` once, `change` whenever the
 * price or validity changes, and the host's commands (setLocale, setQuantity, save). Messages
 * from any window other than the embedding page, or from an origin the brand did not allow,
 * are ignored.
 */
export function EmbedBridge({
  quote,
  blocking,
  allowedOrigins,
}: {
  quote: Quote | null;
  blocking: number;
  allowedOrigins: readonly string[];
}) {
  const embed = useEmbed();
  const { template } = useTemplate();
  const store = useEditorStore();
  const quantity = useEditor((st) => st.quantity);
  const setLocale = useSetLocale();
  const blockingNow = useRef(blocking);
  useEffect(() => {
    blockingNow.current = blocking;
  }, [blocking]);
  const hostSave = useHostSave(() => blockingNow.current);

  useEffect(() => {
    embed?.post({
      type: 'ready',
      productSlug: embed.productSlug,
      productName: template.name,
      currency: template.currency,
    });
  }, [embed, template]);

  const total = quote?.totalMinor;
  useEffect(() => {
    const timer = setTimeout(
      () =>
        embed?.post({
          type: 'change',
          price: embedPrice(quote),
          quantity,
          valid: blocking === 0,
          problems: blocking,
        }),
      CHANGE_QUIET_MS,
    );
    return () => clearTimeout(timer);
    // The host hears about what it can see: the total, the quantity and whether it can be saved.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [embed, total, quantity, blocking]);

  // The frame grows and shrinks with the configurator (a stacked layout in a narrow frame is
  // taller), so the store page never shows a scrollbar inside it.
  useEffect(() => {
    const main = document.getElementById('main');
    if (!embed || !main) return;
    let last = 0;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(main.getBoundingClientRect().bottom + window.scrollY);
      if (height !== last) embed.post({ type: 'resize', height: (last = height) });
    });
    observer.observe(main);
    return () => observer.disconnect();
  }, [embed]);

  useEffect(() => {
    if (!embed) return;
    const run = (command: HostCommand) => {
      switch (command.type) {
        case 'setLocale':
          return setLocale(command.locale);
        case 'setQuantity':
          return store.getState().setQuantity(command.quantity);
        case 'save':
          return void hostSave('saved');
        default:
          return assertNever(command);
      }
    };
    const onMessage = (event: MessageEvent) => {
      if (
        event.source !== window.parent ||
        event.origin !== embed.hostOrigin ||
        !isAllowedOrigin(event.origin, allowedOrigins)
      )
        return;
      const parsed = parseHostCommand(event.data);
      if (!parsed) return;
      if (parsed.ok) run(parsed.command);
      else embed.post({ type: 'error', message: parsed.message, command: parsed.command });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [embed, allowedOrigins, store, setLocale, hostSave]);

  return null;
}
