'use client';
import { useState } from 'react';

/**
 * The text of a field that stores a parsed value (a number, minor units): the brand types
 * freely; a text that reads as a value is stored, one that does not stays on screen with its
 * problem. Outside changes (undo, dragging a zone) replace the text unless it already means them.
 */
export function useTypedValue<T>(
  value: T,
  format: (v: T) => string,
  parse: (text: string) => { ok: true; value: T } | { ok: false; error: string },
  commit: (v: T) => void,
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
    if (parse(text).ok) setText(format(shown));
  };
  return { text, error, onChange, onBlur };
}
