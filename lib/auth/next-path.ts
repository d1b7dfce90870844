// The `next` parameter of /sign-in says where to go back to after signing in. It comes from
// the URL, so anyone can craft it: only a path on this site is followed, never another origin
// ("//evil.example", "/\evil.example", "https://evil.example") or a javascript: URL.

const BASE = 'http://onekind.invalid';

/** The same-origin path (with query and hash) that `value` names, or null when it names anything else. */
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return null;
  // Browsers treat "\" as "/" and drop tabs and newlines, so "/\evil" and "/\t/evil" are protocol-relative.
  if (!value.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(value) || value.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
