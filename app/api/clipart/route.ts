import { listBrandClipart } from '@/lib/server/clipart/store';
import { handlePublicAsset } from '@/lib/server/http/public-asset';

// GET /api/clipart: the brand's own clipart for the configurator's picker, as sanitized SVG
// text (the starter library ships with the app). Briefly cacheable: a new upload shows soon.

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  return handlePublicAsset('GET /api/clipart', async () => {
    const items = await listBrandClipart();
    return Response.json(
      { items },
      { headers: { 'Cache-Control': 'public, max-age=60', 'X-Content-Type-Options': 'nosniff' } },
    );
  });
}
