import 'server-only';
import { logger } from '../ops/logger';

// JSON route handlers for external callers (a headless shop, the order benchmark). Bodies are
// read with a hard size limit, and every failure becomes a response in this one place:
// 4xx with a message the caller can act on, or a bare 500 that leaks nothing.

export const MAX_JSON_BYTES = 64 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

/** Reads a JSON body of at most `maxBytes`, stopping as soon as it passes the limit. */
export async function readJson(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? ''))
    throw new HttpError(415, 'Send the body as application/json.');
  const tooLarge = new HttpError(413, `The request body is larger than ${maxBytes / 1024} KB.`);
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge;
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel();
      throw tooLarge;
    }
    chunks.push(chunk.value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
}

/**
 * A JSON response. Never cached, and `no-transform` keeps the server from gzipping a few
 * hundred bytes (which cost more CPU than the order itself under load).
 */
export function json(status: number, body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('cache-control', 'no-store, no-transform');
  return Response.json(body, { ...init, status, headers });
}

/** Runs a handler, turning HttpErrors into their responses and anything else into a bare 500. */
export async function handleJson(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof HttpError)
      return json(error.status, { error: error.message, fieldErrors: error.fieldErrors });
    logger().error({ err: error }, 'API request failed');
    return json(500, { error: 'Something went wrong.' });
  }
}
