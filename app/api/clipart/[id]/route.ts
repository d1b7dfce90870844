import { LIBRARY_CLIPART } from '@/lib/clipart/library';
import { brandClipartByIds } from '@/lib/server/clipart/store';
import { handlePublicAsset, IMMUTABLE_HEADERS } from '@/lib/server/http/public-asset';

// GET /api/clipart/<id>: one clipart (a library icon or a brand upload, by its sha256) as its
// sanitized SVG text and palette. Brand ids are content hashes, so the answer never changes.

export const runtime = 'nodejs';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  return handlePublicAsset('GET /api/clipart/[id]', async () => {
    const { id } = await params;
    if (!/^[a-z0-9-]{1,80}$/.test(id)) return Response.json({ error: 'Clipart not found' }, { status: 404 });
    const item = LIBRARY_CLIPART.find((c) => c.id === id) ?? (await brandClipartByIds([id]))[id];
    if (!item) return Response.json({ error: 'Clipart not found' }, { status: 404 });
    return Response.json({ item }, { headers: IMMUTABLE_HEADERS });
  });
}
