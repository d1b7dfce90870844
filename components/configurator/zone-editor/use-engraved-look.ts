'use client';
import { useReducer } from 'react';
import { engravedUrl } from '@/components/scene/engraved-pictures';
import { lookedUrl } from '@/components/scene/looked-pictures';
import { engravesImages } from '@/lib/render/engrave-image';
import type { ZoneElement } from '@/lib/render/zone-svg';
import type { Zone } from '@/lib/templates/schema';

/**
 * The elements as the editor shows them: in an engraving zone each image is its engraved
 * picture (the production files' 1-bit conversion, in the burn colour, the rest clear), left out
 * for the moment it takes to make the first one. Elsewhere an image with image tools (crop,
 * turns, flips, filter) is its looked picture; other elements come back as they are.
 */
export function useEngravedLook(zone: Zone, elements: ZoneElement[]): ZoneElement[] {
  // Renders again when a picture (or one for a new size) is ready. Each look-up after the
  // first is a map read, so the pictures are looked up on every render of an engraving zone.
  const [, pictureReady] = useReducer((n: number) => n + 1, 0);
  const engraves = engravesImages(zone);
  if (!engraves && !elements.some((e) => e.kind === 'image' && e.look)) return elements;
  return elements.flatMap((element): ZoneElement[] => {
    if (element.kind !== 'image') return [element];
    const href = engraves ? engravedUrl(zone, element, pictureReady) : lookedUrl(element, pictureReady);
    return href ? [{ ...element, href }] : [];
  });
}
