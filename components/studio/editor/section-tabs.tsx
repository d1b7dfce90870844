'use client';
import { useRef, type KeyboardEvent } from 'react';
import { SECTIONS } from '@/lib/studio/field-issues';
import { useDraft, useIssues } from './draft-context';
import s from './editor.module.css';

export const tabId = (id: string) => `tab-${id}`;
export const panelId = (id: string) => `panel-${id}`;

/** The editor's sections as tabs, each with the number of problems in it. Arrow keys move between tabs. */
export function SectionTabs() {
  const section = useDraft((st) => st.section);
  const setSection = useDraft((st) => st.setSection);
  const { grouped } = useIssues();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const index = SECTIONS.findIndex((x) => x.id === section);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = SECTIONS[(index + step + SECTIONS.length) % SECTIONS.length]!;
    setSection(next.id);
    list.current?.querySelector<HTMLButtonElement>(`#${tabId(next.id)}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="Template sections" className={s.tabs} ref={list} onKeyDown={onKeyDown}>
      {SECTIONS.map(({ id, label }) => {
        const count = grouped.bySection[id];
        return (
          <button
            key={id}
            id={tabId(id)}
            type="button"
            role="tab"
            aria-selected={section === id}
            aria-controls={panelId(id)}
            tabIndex={section === id ? 0 : -1}
            className={s.tab}
            onClick={() => setSection(id)}
          >
            {label}
            {count > 0 && (
              <span className={s.count} aria-label={`${count} ${count === 1 ? 'problem' : 'problems'}`}>
                {count}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
