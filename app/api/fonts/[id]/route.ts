import { readBrandFontBytes } from '@/lib/server/brand-fonts';
import { handlePublicAsset, IMMUTABLE_HEADERS } from '@/lib/server/http/public-asset';

// GET /api/fonts/<sha256>: a brand font's stored file, for the configurator to draw text and
// monograms as outlines. Content-addressed, so it never changes and may be cached forever.

export const runtime = 'nodejs';

const CONTENT_TYPE = (bytes: Uint8Array): string =>
  bytes[0] === 0x77 && bytes[1] === 0x4f ? 'font/woff' : bytes[0] === 0x4f ? 'font/otf' : 'font/ttf';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  return handlePublicAsset('GET /api/fonts/[id]', async () => {
    const { id } = await params;
    const bytes = await readBrandFontBytes(id);
    if (!bytes) return Response.json({ error: 'Font not found' }, { status: 404 });
    return new Response(new Uint8Array(bytes), {
      headers: {
        ...IMMUTABLE_HEADERS,
        'Content-Type': CONTENT_TYPE(bytes),
        'Content-Length': String(bytes.byteLength),
      },
    });
  });
}
