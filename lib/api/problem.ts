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
