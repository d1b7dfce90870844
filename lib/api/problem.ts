// Errors of the public API as RFC 9457 problem details (application/problem+json). The detail
// is the message the shop shows a shopper for the same failure; validation adds errors[].

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export type ProblemError = { pointer: string; detail: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: ProblemError[];
};

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal server error',
};

/** A problem document; `type` is a documented URI of the problem kind. */
export function problem(
  status: number,
  detail: string,
  kind = 'about:blank',
  errors?: ProblemError[],
): Problem {
  return {
    type: kind === 'about:blank' ? kind : `/developers#problem-${kind}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(errors?.length ? { errors } : {}),
  };
}

/** Field errors keyed by dotted path ("address.postalCode") as JSON pointers into the body. */
export function fieldProblems(fieldErrors: Record<string, string[] | undefined> | undefined): ProblemError[] {
  return Object.entries(fieldErrors ?? {}).flatMap(([path, messages]) =>
    (messages ?? []).map((detail) => ({
      pointer: path === 'form' ? '' : `/${path.split('.').join('/')}`,
      detail,
    })),
  );
}

/** Every problem `type` the API answers with (its anchor on /developers), and what it means. */
export const PROBLEM_KINDS: Record<string, string> = {
  unauthorized: '401: no API key, a malformed one, or a revoked one.',
  forbidden: '403: the key lacks the scope the operation needs.',
  'rate-limited': '429: too many requests with this key; wait the Retry-After seconds.',
  'not-found': '404: no such product, version, design, order or file.',
  validation: '422: a parameter or field is wrong; errors[] holds a JSON pointer and a message for each.',
  'idempotency-key-missing': '428: POST /api/v1/orders needs an Idempotency-Key header.',
  'key-reused': '409: this Idempotency-Key already placed a different order.',
  invalid: '422: the order’s fields are wrong (see errors[]).',
  empty: '422: the order has no lines.',
  unavailable:
    '422: a design can no longer be ordered (archived product, a rule it now breaks, mixed currencies).',
  'price-changed': '422: the total differs from expectedTotalMinor; the detail says the new total.',
  'design-refused': '422: the design breaks the product’s production rules (errors[] per zone).',
  'transition-refused': '409: the order cannot move to that status from where it is.',
  'production-refused': '422: production refuses the design (embroidery letters too small).',
};
