import { SHORTCUTS } from './zone-editor/keyboard';
import s from './configurator.module.css';

/** The layout editor's keys, behind a "Keyboard shortcuts" disclosure. */
export function ShortcutHelp() {
  return (
    <details className={s.shortcuts}>
      <summary>Keyboard shortcuts</summary>
      <p className={s.delta}>In the layout editor or the layer list (⌘ instead of Ctrl on a Mac):</p>
      <dl>
        {SHORTCUTS.map((k) => (
          <div key={k.keys}>
            <dt>
              <kbd>{k.keys}</kbd>
            </dt>
            <dd>{k.does}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
