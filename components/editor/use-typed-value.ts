'use client';
import { useState } from 'react';

/**
 * The text of a field that stores a parsed value (a number, minor units), for both editors'
 * number fields: people type freely; a text that reads as a value is stored, one that does not
 * stays on screen with its problem (or, with `revertOnBlur`, gives way to the stored value when
 * the field is left). Outside changes (undo, a drag) replace the text unless it already means them.
 */
export function useTypedValue<T>(
  value: T,
  format: (v: T) => string,
  parse: (text: string) => { ok: true; value: T } | { ok: false; error: string },
  commit: (v: T) => void,
  { revertOnBlur = false }: { revertOnBlur?: boolean } = {},
) {
  const [text, setText] = useState(() => format(value));
  const [shown, setShown] = useState(value);
  const [error, setError] = useState<string | null>(null);
  if (!Object.is(value, shown)) {
    setShown(value);
    const current = parse(text);
    if (!current.ok || !Object.is(current.value, value)) {
      setText(format(value));
      setError(null);
    }
  }
  const onChange = (next: string) => {
    setText(next);
    const parsed = parse(next);
    if (parsed.ok) {
      setError(null);
      setShown(parsed.value);
      commit(parsed.value);
    } else setError(parsed.error);
  };
  // Leaving the field shows the stored value the way it is written back ("2" -> "2.00").
  const onBlur = () => {
    if (!revertOnBlur && !parse(text).ok) return;
    setText(format(shown));
    setError(null);
  };
  return { text, error, onChange, onBlur };
}
