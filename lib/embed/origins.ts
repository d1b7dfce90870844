import { z } from 'zod';

// Sites a brand allows to embed its configurator. An origin is compared as the browser reports
// it (event.origin, the Origin header): scheme, host and port, lower-cased, without a path.

export const MAX_EMBED_ORIGINS = 50;

/** Reads what a brand typed ("https://Shop.example.com/", "http://localhost:8080") into an origin. */
export const embedOriginSchema = z
  .string()
  .trim()
  .min(1, 'Enter the address of the site, such as https://shop.example.com.')
  .max(200, 'That address is too long.')
  .transform((text, ctx) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: 'Enter a full address with https://, such as https://shop.example.com.',
      });
      return z.NEVER;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      ctx.addIssue({
        code: 'custom',
        message: 'Only http:// and https:// sites can embed the configurator.',
      });
      return z.NEVER;
    }
    if (
      url.username ||
      url.password ||
      (url.pathname !== '/' && url.pathname !== '') ||
      url.search ||
      url.hash
    ) {
      ctx.addIssue({
        code: 'custom',
        message: 'Enter only the site’s address (scheme, host and port), without a path.',
      });
      return z.NEVER;
    }
    return url.origin;
  });

/** Whether a message or a page comes from one of the allowed origins. */
export function isAllowedOrigin(origin: string | null | undefined, allowed: readonly string[]): boolean {
  return !!origin && origin !== 'null' && allowed.includes(origin.toLowerCase());
}

/**
 * The Content-Security-Policy that says who may frame an embed page: the shop itself and the
 * allowed origins; with none allowed, only the shop (a brand tries it from the studio).
 */
export function frameAncestorsPolicy(allowed: readonly string[]): string {
  return ["frame-ancestors 'self'", ...allowed].join(' ');
}
