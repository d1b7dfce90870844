import { designPreviewPng } from '@/lib/server/design-preview';
import { getDesign } from '@/lib/server/designs';

// GET /d/<id>/preview.png: a saved design's picture. As public as the design's share link (the
// id is the secret); a design never changes, so the picture is cached for good.
export const runtime = 'nodejs';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const saved = await getDesign((await params).id);
  if (!saved)
    return new Response('No design with this id.', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  const png = await designPreviewPng(saved);
  return new Response(new Uint8Array(png), {
    headers: {
      'content-type': 'image/png',
      'cache-control': 'public, max-age=31536000, immutable',
      // A store embedding the configurator shows it on its own pages.
      'cross-origin-resource-policy': 'cross-origin',
    },
  });
}
