import { Readable } from 'node:stream';
import { getModel, GLB_CONTENT_TYPE } from '@/lib/server/models/stored-models';
import { handlePublicAsset, IMMUTABLE_HEADERS } from '@/lib/server/http/public-asset';

// GET /api/models/<sha256>.glb: a product's stored 3D model. Content-addressed, so it never
// changes: cached for a year, its ETag is its hash. Only a 64-digit hex name with .glb is served.

export const runtime = 'nodejs';

const FILE = /^([0-9a-f]{64})\.glb$/;
const notFound = () =>
  Response.json({ error: 'Model not found' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });

export async function GET(
  request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  return handlePublicAsset('GET /api/models/[file]', async () => {
    const sha256 = FILE.exec((await params).file)?.[1];
    if (!sha256) return notFound();
    const etag = `"${sha256}"`;
    const cache = { ETag: etag, 'Cache-Control': IMMUTABLE_HEADERS['Cache-Control'] };
    if (
      request.headers
        .get('if-none-match')
        ?.split(/\s*,\s*/)
        .includes(etag)
    )
      return new Response(null, { status: 304, headers: cache });
    const model = await getModel(sha256);
    if (!model) return notFound();
    return new Response(Readable.toWeb(model.body) as ReadableStream<Uint8Array>, {
      headers: {
        ...IMMUTABLE_HEADERS,
        ETag: etag,
        'Content-Type': GLB_CONTENT_TYPE,
        'Content-Length': String(model.byteSize),
      },
    });
  });
}
