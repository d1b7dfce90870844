import 'server-only';
import { logger } from '../ops/logger';

// The shop's public file routes (uploads' previews, stored models, brand fonts and clipart). Most
// are content-addressed: named by their hash, a given name never changes and may be cached for a year.

/** Headers of a content-addressed answer: kept for a year, its type never sniffed. */
export const IMMUTABLE_HEADERS = {
  'Cache-Control': 'public, max-age=31536000, immutable',
  'X-Content-Type-Options': 'nosniff',
} as const;

/** Runs a public file route: a failure is logged under `route` and answered with a bare 500. */
export async function handlePublicAsset(route: string, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    logger().error({ err: error }, `${route} failed`);
    return Response.json({ error: 'Internal Server Error' }, { status: 500 });
  }
}
