import { apiPreviewSvg } from '@/lib/server/api/designs';
import { apiRoute } from '@/lib/server/api/http';

export const dynamic = 'force-dynamic';

// GET /api/v1/designs/{id}/preview?zone= (catalogue:read): an SVG.
export const GET = apiRoute<{ id: string }, { zone?: string }>(
  'getDesignPreview',
  async ({ params, query }) =>
    new Response(await apiPreviewSvg(params.id, query.zone), {
      headers: {
        'content-type': 'image/svg+xml; charset=utf-8',
        'cache-control': 'private, max-age=3600',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'",
      },
    }),
);
