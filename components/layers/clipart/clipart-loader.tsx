'use client';
import { useEditor } from '@/components/configurator/editor-context';
import { useBrandClipart } from './use-brand-clipart';

/** Fetches the brand clipart a reopened design uses (the picker registers what it adds). */
export function ClipartLoader() {
  useBrandClipart(useEditor((st) => st.design.zones));
  return null;
}
