import { Readable } from 'node:stream';
import { openUploadPreview } from '@/lib/server/uploads';
import { handlePublicAsset, IMMUTABLE_HEADERS } from '@/lib/server/http/public-asset';

// GET /api/uploads/<id>/preview: the downscaled preview of an upload, streamed from the object
// store through the app (so it is served from any process, whatever the store). Content-addressed,
// so it never changes and may be cached forever. The original is not served here.

export const runtime = 'nodejs';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  return handlePublicAsset('GET /api/uploads/[id]/preview', async () => {
    const { id } = await params;
    const preview = await openUploadPreview(id);
    if (!preview) return Response.json({ error: 'Upload not found' }, { status: 404 });
    return new Response(Readable.toWeb(preview.body) as ReadableStream<Uint8Array>, {
      headers: {
        ...IMMUTABLE_HEADERS,
        'Content-Type': preview.contentType,
        'Content-Length': String(preview.byteSize),
      },
    });
  });
}
