import { LIBRARY_CLIPART } from '@/lib/clipart/library';
import { brandClipartByIds } from '@/lib/server/clipart/store';
import { logger } from '@/lib/server/ops/logger';

// GET /api/clipart/<id>: one clipart (a library icon or a brand upload, by its sha256) as its
// sanitized SVG text and palette. Brand ids are content hashes, so the answer never changes.

export const runtime = 'nodejs';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const { id } = await params;
    if (!/^[a-z0-9-]{1,80}$/.test(id)) return Response.json({ error: 'Clipart not found' }, { status: 404 });
    const item = LIBRARY_CLIPART.find((c) => c.id === id) ?? (await brandClipartByIds([id]))[id];
    if (!item) return Response.json({ error: 'Clipart not found' }, { status: 404 });
    return Response.json(
      { item },
      {
        headers: {
          'Cache-Control': 'public, max-age=31536000, immutable',
          'X-Content-Type-Options': 'nosniff',
        },
      },
    );
  } catch (error) {
    logger().error({ err: error }, 'GET /api/clipart/[id] failed');
    return Response.json({ error: 'Internal Server Error' }, { status: 500 });
  }
}
