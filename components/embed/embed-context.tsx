'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { frameMessage, type EmbedSavedDesign, type FrameEvent } from '@/lib/embed/protocol';

/** Where the configurator is embedded: the store page's origin, and what to tell it. */
export type EmbedTarget = { productSlug: string; hostOrigin: string | null };

type EmbedValue = EmbedTarget & {
  /** Posts an event to the store page (only to its origin, and only when framed by it). */
  post: (event: FrameEvent) => void;
  /** The links the store page gets for a saved design. */
  links: (designId: string) => Pick<EmbedSavedDesign, 'previewImageUrl' | 'editUrl' | 'shareUrl'>;
};

const EmbedContext = createContext<EmbedValue | null>(null);

export function EmbedProvider({ target, children }: { target: EmbedTarget; children: ReactNode }) {
  const value = useMemo<EmbedValue>(
    () => ({
      ...target,
      post: (event) => {
        if (!target.hostOrigin || window.parent === window) return;
        window.parent.postMessage(frameMessage(event), target.hostOrigin);
      },
      links: (designId) => {
        const shop = window.location.origin;
        const host = target.hostOrigin ? `&host=${encodeURIComponent(target.hostOrigin)}` : '';
        return {
          previewImageUrl: `${shop}/d/${designId}/preview.png`,
          editUrl: `${shop}/embed/${target.productSlug}?design=${designId}${host}`,
          shareUrl: `${shop}/d/${designId}`,
        };
      },
    }),
    [target],
  );
  return <EmbedContext.Provider value={value}>{children}</EmbedContext.Provider>;
}

/** The embedding store page, or null on the shop's own pages. */
export function useEmbed(): EmbedValue | null {
  return useContext(EmbedContext);
}
