import type { Metadata } from 'next';
import Link from 'next/link';
import { openApiDocument } from '@/lib/api/openapi';
import { API_OPERATIONS } from '@/lib/api/operations';
import { PROBLEM_CONTENT_TYPE, PROBLEM_KINDS } from '@/lib/api/problem';
import { API_SCOPES, SCOPE_LABELS } from '@/lib/api/scopes';
import { EVENT_LABELS, WEBHOOK_EVENTS } from '@/lib/webhooks/events';
import { readEnv } from '@/lib/server/env';
import s from './developers.module.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Onekind API reference' };

type Parameter = {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  schema: { type?: string; enum?: unknown[]; default?: unknown };
};
type BodySchema = {
  properties?: Record<string, { type?: string; description?: string }>;
  required?: string[];
};
type Operation = {
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema: BodySchema }> };
  responses: Record<string, { description: string; content: Record<string, unknown> }>;
};

const typeOf = (p: Parameter) => (p.schema.enum ? p.schema.enum.join(' | ') : (p.schema.type ?? 'string'));

/** The API reference, generated from the same operations list as /api/v1/openapi.json. */
export default function DevelopersPage() {
  const base = readEnv().publicUrl;
  const doc = openApiDocument(base);
  return (
    <article className={s.page}>
      <h1>Onekind API</h1>
      <p className="lede">
        Products, designs, orders and production files of this shop, for the store you already sell on. The
        machine-readable description is <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
      </p>

      <h2 id="authentication">Authentication</h2>
      <p>
        An admin makes a key in the studio under <Link href="/studio/api-keys">API keys</Link>, with the
        scopes it needs. Send it on every request as <code>Authorization: Bearer ok_live_…</code>. Each key
        may make {readEnv().apiRateLimitPerMinute} requests a minute.
      </p>
      <ul>
        {API_SCOPES.map((scope) => (
          <li key={scope}>
            <code>{scope}</code>: {SCOPE_LABELS[scope]}
          </li>
        ))}
      </ul>
      <pre className={s.code}>{`curl -H "Authorization: Bearer $ONEKIND_KEY" ${base}/api/v1/products`}</pre>

      <h2 id="operations">Operations</h2>
      {API_OPERATIONS.map((op) => {
        const entry = (doc.paths[op.path] as Record<string, Operation>)[op.method]!;
        return (
          <section key={op.id} id={op.id} className={s.op} aria-labelledby={`${op.id}-title`}>
            <h3 id={`${op.id}-title`}>
              <span className={s.method}>{op.method.toUpperCase()}</span> <code>{op.path}</code>
            </h3>
            <p>{op.summary}</p>
            <p>
              Scope: <code>{op.scope ?? 'none'}</code>
            </p>
            {entry.parameters.length > 0 && (
              <table aria-label={`Parameters of ${op.id}`}>
                <thead>
                  <tr>
                    <th scope="col">Parameter</th>
                    <th scope="col">In</th>
                    <th scope="col">Type</th>
                    <th scope="col">About</th>
                  </tr>
                </thead>
                <tbody>
                  {entry.parameters.map((p) => (
                    <tr key={`${p.in}-${p.name}`}>
                      <td>
                        <code>{p.name}</code>
                        {p.required ? ' (required)' : ''}
                      </td>
                      <td>{p.in}</td>
                      <td>{typeOf(p)}</td>
                      <td>{p.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {entry.requestBody && (
              <BodyFields id={op.id} schema={entry.requestBody.content['application/json']!.schema} />
            )}
            {op.example !== undefined && (
              <>
                <p>Example body:</p>
                <pre className={s.code}>{JSON.stringify(op.example, null, 2)}</pre>
              </>
            )}
            <p>Answers:</p>
            <ul>
              {Object.entries(entry.responses).map(([status, r]) => (
                <li key={status}>
                  <strong>{status}</strong> <code>{Object.keys(r.content)[0]}</code>: {r.description}
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      <h2 id="errors">Errors</h2>
      <p>
        Every error is a problem document (RFC 9457, <code>{PROBLEM_CONTENT_TYPE}</code>) with{' '}
        <code>type</code>, <code>title</code>, <code>status</code> and <code>detail</code> (the message the
        shop would show), and for validation <code>errors</code>: a JSON pointer and a message per field.
      </p>
      <dl>
        {Object.entries(PROBLEM_KINDS).map(([kind, text]) => (
          <div key={kind} id={`problem-${kind}`}>
            <dt>
              <code>/developers#problem-{kind}</code>
            </dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>

      <h2 id="webhooks">Webhooks</h2>
      <p>
        Register endpoints under <Link href="/studio/webhooks">Webhooks</Link>. Each event is POSTed as JSON{' '}
        <code>{'{ type, timestamp, data }'}</code> with the Standard Webhooks headers <code>webhook-id</code>{' '}
        (the event id, the same on every retry: de-duplicate on it), <code>webhook-timestamp</code> and{' '}
        <code>webhook-signature</code>. A 2xx answer within 10 seconds delivers it; anything else is retried
        with exponential backoff for 24 hours.
      </p>
      <ul>
        {WEBHOOK_EVENTS.map((event) => (
          <li key={event}>
            <code>{event}</code>: {EVENT_LABELS[event]}
          </li>
        ))}
      </ul>
    </article>
  );
}

/** The top-level fields of a JSON request body (the full schema is in the OpenAPI document). */
function BodyFields({ id, schema }: { id: string; schema: BodySchema }) {
  return (
    <table aria-label={`Body of ${id}`}>
      <thead>
        <tr>
          <th scope="col">Body field</th>
          <th scope="col">Type</th>
          <th scope="col">About</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(schema.properties ?? {}).map(([name, p]) => (
          <tr key={name}>
            <td>
              <code>{name}</code>
              {schema.required?.includes(name) ? ' (required)' : ''}
            </td>
            <td>{p.type ?? 'one of several shapes'}</td>
            <td>{p.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
