import { Readable } from 'node:stream';
import { openUploadPreview } from '@/lib/server/uploads';
import { logger } from '@/lib/server/ops/logger';

// GET /api/uploads/<id>/preview: the downscaled preview of an upload, streamed from the object
// store through the app (so it is served from any process, whatever the store). Content-addressed,
// so it never changes and may be cached forever. The original is not served here.

export const runtime = 'nodejs';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const { id } = await params;
    const preview = await openUploadPreview(id);
    if (!preview) return Response.json({ error: 'Upload not found' }, { status: 404 });
    return new Response(Readable.toWeb(preview.body) as ReadableStream<Uint8Array>, {
      headers: {
        'Content-Type': preview.contentType,
        'Content-Length': String(preview.byteSize),
        'Cache-Control': 'public, max-age=31536000, immutable',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    logger().error({ err: error }, 'GET /api/uploads/[id]/preview failed');
    return Response.json({ error: 'Internal Server Error' }, { status: 500 });
  }
}
