'use client';
import { useState } from 'react';
import type { DraftInit } from '@/lib/studio/draft-store';
import { ActiveSection } from './active-section';
import { AutosaveProvider } from './autosave-context';
import { ConflictNotice } from './conflict-notice';
import { DraftProvider } from './draft-context';
import { EditorHeader } from './editor-header';
import { IssueSummary } from './issue-summary';
import { PublishPanel } from './publish-panel';
import { SectionTabs } from './section-tabs';
import { StudioPreview } from './studio-preview';
import s from './editor.module.css';

/** The brand studio's template editor: the draft's sections beside its live 3D preview. */
export function TemplateEditor({ init, archived }: { init: DraftInit; archived: boolean }) {
  const [publishing, setPublishing] = useState(false);
  return (
    <DraftProvider init={init}>
      <AutosaveProvider>
        <EditorHeader archived={archived} onPublish={() => setPublishing(true)} />
        <ConflictNotice />
        {publishing && <PublishPanel archived={archived} onClose={() => setPublishing(false)} />}
        <div className={s.layout}>
          <div>
            <SectionTabs />
            <IssueSummary />
            <ActiveSection archived={archived} />
          </div>
          <aside className={s.previewColumn} aria-label="3D preview">
            <StudioPreview />
          </aside>
        </div>
      </AutosaveProvider>
    </DraftProvider>
  );
}
