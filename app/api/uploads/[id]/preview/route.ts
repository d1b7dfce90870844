import { readUploadPreview } from '@/lib/server/uploads';

// GET /api/uploads/<id>/preview: the downscaled preview of an upload. Content-addressed, so
// it never changes and may be cached forever. The original is not served here.

export const runtime = 'nodejs';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await params;
    const preview = await readUploadPreview(id);
    if (!preview) return Response.json({ error: 'Upload not found' }, { status: 404 });
    return new Response(preview.bytes, {
      headers: {
        'Content-Type': preview.contentType,
        'Content-Length': String(preview.bytes.byteLength),
        'Cache-Control': 'public, max-age=31536000, immutable',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    console.error('GET /api/uploads/[id]/preview failed', error);
    return Response.json({ error: 'Internal Server Error' }, { status: 500 });
  }
}
