import { useEffect, useState, type RefObject } from 'react';
import type { Zone } from '@/lib/templates/schema';
import { mmPerPixel } from './geometry';

/**
 * Millimetres per CSS pixel of the element showing the zone, kept current with a
 * ResizeObserver so handles stay finger-sized on a phone and small on a desktop.
 */
export function useMmPerPixel(ref: RefObject<Element | null>, zone: Zone): number | undefined {
  const [box, setBox] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setBox({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return box ? mmPerPixel(zone, box.width, box.height) : undefined;
}
