'use client';
import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import { HistoryButtons } from '@/components/editor/history-buttons';
import { EmbedProvider, type EmbedTarget } from '@/components/embed/embed-context';
import { ClipartLoader } from '@/components/layers/clipart/clipart-loader';
import { prefetchLayerFields } from '@/components/layers/layer-fields';
import { seedLibraryClipart } from '#clipart-library';
import type { ClipartItem } from '@/lib/clipart/library';
import type { Design } from '@/lib/design/schema';
import { validateDesign } from '@/lib/design/validate';
import { quote } from '@/lib/pricing/quote';
import type { Template } from '@/lib/templates/schema';
import { EditorProvider, useEditor, useEditorStore, useTemplate } from './editor-context';
import { IssueList } from './issue-list';
import { LocaleProvider } from './money-format';
import { OptionPicker } from './option-picker';
import { PreviewPanel } from './preview-panel';
import { PricePanel } from './price-panel';
import { RenderProvider, useRenderContext, type UploadSummary } from './render-context';
import { SizePicker } from './size-picker';
import { ZonePanel } from './zone-panel';
import s from './configurator.module.css';

// Only a configurator inside another store's page talks to it; the bridge and its message
// schemas (zod) stay out of the shop's own product page.
const EmbedBridge = dynamic(() => import('@/components/embed/embed-bridge').then((m) => m.EmbedBridge), {
  ssr: false,
});

type Props = {
  template: Template;
  versionId: string;
  initial: Design;
  uploads: UploadSummary[];
  fallbackSvg: string;
  /** The starter library's icons the initial design uses (the browser loads the rest on demand). */
  clipart?: ClipartItem[];
  /** The studio trying an unpublished draft: the live quote, but no saving or ordering. */
  preview?: boolean;
  /** Inside another store's page (/embed/...): that page hears about the design and keeps the cart. */
  embed?: { target: EmbedTarget; allowedOrigins: string[] };
};

/** The product configurator: 3D preview beside the editing panels (stacked on phones). */
export function Configurator({
  template,
  versionId,
  initial,
  uploads,
  fallbackSvg,
  clipart,
  preview,
  embed,
}: Props) {
  // Before the first render, so the design's icons draw at once (a cache: same items, same result).
  seedLibraryClipart(clipart ?? []);
  const workspace = (
    <EditorProvider template={template} versionId={versionId} initial={initial} preview={preview}>
      <RenderProvider template={template} uploads={uploads}>
        <LocaleProvider>
          <ClipartLoader />
          <Workspace fallbackSvg={fallbackSvg} allowedOrigins={embed?.allowedOrigins} />
        </LocaleProvider>
      </RenderProvider>
    </EditorProvider>
  );
  return embed ? <EmbedProvider target={embed.target}>{workspace}</EmbedProvider> : workspace;
}

function Workspace({ fallbackSvg, allowedOrigins }: { fallbackSvg: string; allowedOrigins?: string[] }) {
  const { template } = useTemplate();
  const store = useEditorStore();
  const design = useEditor((st) => st.design);
  const quantity = useEditor((st) => st.quantity);
  const activeZoneId = useEditor((st) => st.activeZoneId);
  const { ctx } = useRenderContext();
  // Price and validity are derived from the design, never stored next to it.
  const issues = useMemo(() => validateDesign(template, design, ctx ?? undefined), [template, design, ctx]);
  const priced = useMemo(() => {
    try {
      return quote(template, design, quantity);
    } catch {
      return null;
    }
  }, [template, design, quantity]);
  const blocking = issues.filter((i) => i.severity === 'error').length;

  return (
    <div className={s.layout}>
      <div className={s.previewColumn}>
        <PreviewPanel
          template={template}
          design={design}
          ctx={ctx}
          activeZoneId={activeZoneId}
          fallback={fallbackSvg}
        />
      </div>
      {/* The shopper reaching for the panels starts loading the layer editors' code. */}
      <div className={s.panels} onPointerEnter={prefetchLayerFields} onFocus={prefetchLayerFields}>
        <section className={s.panel} aria-labelledby="options-heading">
          <h2 id="options-heading">Make it yours</h2>
          <div className={s.toolbar} style={{ marginBottom: '0.75rem' }}>
            <HistoryButtons store={store} className={s.button} />
          </div>
          <SizePicker />
          <OptionPicker />
        </section>
        <ZonePanel />
        <IssueList issues={issues} />
        <PricePanel quote={priced} blocking={blocking} />
      </div>
      {allowedOrigins && <EmbedBridge quote={priced} blocking={blocking} allowedOrigins={allowedOrigins} />}
    </div>
  );
}
