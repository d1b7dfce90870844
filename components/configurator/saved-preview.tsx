'use client';
import { SavedClipartLoader } from '@/components/layers/clipart/use-brand-clipart';
import { personalizedZones } from '@/lib/design/personalized-zones';
import type { Design } from '@/lib/design/schema';
import type { Template } from '@/lib/templates/schema';
import { PreviewPanel } from './preview-panel';
import { RenderProvider, useRenderContext, type UploadSummary } from './render-context';

type Props = { template: Template; design: Design; uploads: UploadSummary[]; fallbackSvg: string };

/** The 3D preview of a saved design, without editing tools. */
export function SavedPreview({ template, design, uploads, fallbackSvg }: Props) {
  return (
    <RenderProvider template={template} uploads={uploads}>
      <SavedClipartLoader design={design} />
      <Preview template={template} design={design} fallbackSvg={fallbackSvg} />
    </RenderProvider>
  );
}

function Preview({ template, design, fallbackSvg }: Omit<Props, 'uploads'>) {
  const { ctx } = useRenderContext();
  const firstUsed = personalizedZones(template, design)[0]?.id ?? null;
  return (
    <PreviewPanel
      template={template}
      design={design}
      ctx={ctx}
      activeZoneId={firstUsed}
      fallback={fallbackSvg}
    />
  );
}
