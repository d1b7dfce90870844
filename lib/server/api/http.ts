import 'server-only';
import type { z } from 'zod';
import { fieldErrorsOf } from '../../checkout/schema';
import { apiOperation, type ApiOperation } from '../../api/operations';
import { fieldProblems, problem, PROBLEM_CONTENT_TYPE, type Problem } from '../../api/problem';
import { SpecRefusal } from '../../spec/line-files';
import { readEnv } from '../env';
import { HttpError, readJson } from '../http/json';
import { limitStore } from '../limits';
import { authenticateApiKey, type ApiCaller } from './keys';

// The one wrapper of every /api/v1 route: the key (401), its scope (403), its rate limit (429),
// the path and query parameters and the body parsed with the operation's own schemas (422 with
// errors[]), and every failure as application/problem+json. Route files only name their
// operation and call lib/server/api.

export class ApiProblem extends Error {
  constructor(
    readonly problem: Problem,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail);
  }
}

/** Throws a problem from inside a handler. */
export function fail(
  status: number,
  detail: string,
  kind?: string,
  fieldErrors?: Record<string, string[] | undefined>,
): never {
  throw new ApiProblem(problem(status, detail, kind, fieldProblems(fieldErrors)));
}

export function problemResponse(p: Problem, headers: Record<string, string> = {}): Response {
  // RFC 9457 prefers absolute type URIs: the shop's own reference page.
  const type = p.type.startsWith('/') ? `${readEnv().publicUrl}${p.type}` : p.type;
  return new Response(JSON.stringify({ ...p, type }), {
    status: p.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store', ...headers },
  });
}

/** A JSON answer of the API. */
export function apiJson(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store, no-transform', ...headers },
  });
}

export type ApiContext<P, Q, B> = { caller: ApiCaller; request: Request; params: P; query: Q; body: B };

function parseOr422<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) fail(422, 'Check the fields marked below.', 'validation', fieldErrorsOf(parsed.error));
  return parsed.data;
}

async function authorize(op: ApiOperation, request: Request): Promise<ApiCaller> {
  const caller = await authenticateApiKey(request.headers.get('authorization'));
  const challenge = { 'www-authenticate': 'Bearer realm="onekind"' };
  if (!caller)
    throw new ApiProblem(
      problem(
        401,
        'Send a live API key as "Authorization: Bearer ok_live_…". Keys are made, and revoked, in the studio under API keys.',
        'unauthorized',
      ),
      challenge,
    );
  if (op.scope && !caller.scopes.includes(op.scope))
    throw new ApiProblem(
      problem(
        403,
        `This API key may not do this: it needs the "${op.scope}" scope. Make a key with it in the studio.`,
        'forbidden',
      ),
    );
  const perMinute = readEnv().apiRateLimitPerMinute;
  if (!(await limitStore().take(`api-key:${caller.id}`, { perMinute, burst: perMinute }, Date.now())))
    throw new ApiProblem(
      problem(
        429,
        'Too many requests with this API key in a short time. Wait a minute and try again.',
        'rate-limited',
      ),
      { 'retry-after': '60' },
    );
  return caller;
}

/**
 * A route handler for operation `id`: authorizes, parses, runs `handler`, and maps every failure
 * to a problem. Unknown path parameters (a malformed order number) are a 404, like a missing thing.
 */
export function apiRoute<P = Record<string, string>, Q = undefined, B = undefined>(
  id: string,
  handler: (context: ApiContext<P, Q, B>) => Promise<Response>,
) {
  const op: ApiOperation = apiOperation(id);
  return async (
    request: Request,
    route: { params?: Promise<Record<string, string>> } = {},
  ): Promise<Response> => {
    try {
      const caller = await authorize(op, request);
      const rawParams = (await route.params) ?? {};
      const params = op.params ? op.params.safeParse(rawParams) : { success: true as const, data: rawParams };
      if (!params.success) fail(404, 'No such thing: check the address.', 'not-found');
      const url = new URL(request.url);
      const query = op.query ? parseOr422(op.query, Object.fromEntries(url.searchParams)) : undefined;
      const body = op.body ? parseOr422(op.body, await readJson(request)) : undefined;
      // The operation's schemas parsed them; P, Q and B name those schemas' outputs.
      return await handler({ caller, request, params: params.data as P, query: query as Q, body: body as B });
    } catch (error) {
      if (error instanceof ApiProblem) return problemResponse(error.problem, error.headers);
      if (error instanceof HttpError)
        return problemResponse(
          problem(error.status, error.message, undefined, fieldProblems(error.fieldErrors)),
        );
      if (error instanceof SpecRefusal)
        return problemResponse(problem(422, error.message, 'production-refused'));
      console.error(`API ${op.id} failed`, error);
      return problemResponse(problem(500, 'Something went wrong.'));
    }
  };
}
