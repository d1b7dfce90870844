'use client';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ClipartItem } from '@/lib/clipart/library';
import type { ImageInfo } from '@/lib/design/schema';
import { loadFontLibrary, type FontLibrary } from '@/lib/render/fonts';
import type { RenderContext } from '@/lib/render/zone-svg';
import type { Template } from '@/lib/templates/schema';

export type UploadSummary = { id: string; widthPx: number; heightPx: number; previewUrl: string };

type RenderValue = {
  ctx: RenderContext | null;
  registerUpload: (upload: UploadSummary) => Promise<void>;
  /** Adds brand clipart (from the picker or /api/clipart/<id>) for the renderer. */
  registerClipart: (items: ClipartItem[]) => void;
  /** Asks for the fonts (once is enough): when there is text to draw. */
  requestFonts: () => void;
  /** The render context without waiting for fonts: text is left out until they arrive. */
  withoutFonts: RenderContext;
};

const NO_FONTS: FontLibrary = { font: () => undefined };
const RenderCtx = createContext<RenderValue>({
  ctx: null,
  registerUpload: () => Promise.resolve(),
  registerClipart: () => {},
  requestFonts: () => {},
  withoutFonts: { fonts: NO_FONTS, images: {} },
});

// Fonts and their parser are about 300 KB of JavaScript and fonts, and 50-100 ms of parsing
// on a slow machine. A shopper who only looks at the product never needs them, so they are
// fetched when asked for (text in the design) or at the shopper's first click, tap or key:
// the sign that they are about to personalize.
const INTENT = ['pointerdown', 'keydown', 'focusin'] as const;

/** Reads a preview image as a data: URL: SVG drawn through an image may not reference other URLs. */
async function toDataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(new Error(`Could not read ${url}`));
    reader.readAsDataURL(blob);
  });
}

async function toImageInfo(upload: UploadSummary): Promise<ImageInfo> {
  return { widthPx: upload.widthPx, heightPx: upload.heightPx, href: await toDataUrl(upload.previewUrl) };
}

/**
 * Fonts (fetched once from /fonts, when first asked for) and uploaded images (as data URLs)
 * that the zone renderer needs in the browser. Until the fonts arrive, `ctx` is null and text
 * is not drawn.
 */
export function RenderProvider({
  template,
  uploads,
  children,
}: {
  template: Template;
  uploads: UploadSummary[];
  children: ReactNode;
}) {
  const [fonts, setFonts] = useState<FontLibrary | null>(null);
  const [images, setImages] = useState<Record<string, ImageInfo>>({});
  const [clipart, setClipart] = useState<Record<string, ClipartItem>>({});
  const [fontsWanted, setFontsWanted] = useState(false);
  const requestFonts = useCallback(() => setFontsWanted(true), []);

  useEffect(() => {
    if (fontsWanted) return;
    for (const type of INTENT) window.addEventListener(type, requestFonts, { capture: true, passive: true });
    return () => {
      for (const type of INTENT) window.removeEventListener(type, requestFonts, { capture: true });
    };
  }, [fontsWanted, requestFonts]);

  useEffect(() => {
    if (!fontsWanted) return;
    const ids = [...new Set(template.zones.flatMap((z) => z.fonts))];
    let live = true;
    void loadFontLibrary(ids, (file) => fetch(`/${file}`).then((r) => r.arrayBuffer())).then(
      (library) => live && setFonts(library),
    );
    return () => {
      live = false;
    };
  }, [template, fontsWanted]);

  const registerUpload = useCallback(async (upload: UploadSummary) => {
    const info = await toImageInfo(upload);
    setImages((current) => ({ ...current, [upload.id]: info }));
  }, []);

  const registerClipart = useCallback((items: ClipartItem[]) => {
    if (items.length > 0)
      setClipart((current) => ({ ...current, ...Object.fromEntries(items.map((item) => [item.id, item])) }));
  }, []);

  // Images of a design being reopened ("edit a copy", a saved design).
  useEffect(() => {
    let live = true;
    void Promise.all(uploads.map(async (u) => [u.id, await toImageInfo(u)] as const)).then((entries) => {
      if (live) setImages((current) => ({ ...current, ...Object.fromEntries(entries) }));
    });
    return () => {
      live = false;
    };
  }, [uploads]);

  const value = useMemo(
    () => ({
      ctx: fonts ? { fonts, images, clipart } : null,
      registerUpload,
      registerClipart,
      requestFonts,
      withoutFonts: { fonts: fonts ?? NO_FONTS, images, clipart },
    }),
    [fonts, images, clipart, registerUpload, registerClipart, requestFonts],
  );
  return <RenderCtx.Provider value={value}>{children}</RenderCtx.Provider>;
}

/** The render context (null while fonts load) and a way to add a freshly uploaded image. */
export function useRenderContext(): RenderValue {
  return useContext(RenderCtx);
}
