// The OpenAPI 3.1 document of the public API, generated from the operations list and the zod
// schemas the handlers validate with (zod's own JSON Schema output, draft 2020-12, which is
// OpenAPI 3.1's schema dialect). Requests are described as they are accepted (input), responses
// as they are sent (output).
import { z } from 'zod';
import { API_OPERATIONS, type ApiOperation } from './operations';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { API_SCOPES, SCOPE_LABELS } from './scopes';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parameters(op: ApiOperation) {
  const of = (where: 'path' | 'query', object: z.ZodObject | undefined) => {
    if (!object) return [];
    const schema = jsonSchema(object, 'input') as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
      name,
      in: where,
      required: where === 'path' || (schema.required ?? []).includes(name),
      ...(typeof property.description === 'string' ? { description: property.description } : {}),
      schema: property,
    }));
  };
  const headers = Object.entries(op.headers ?? {}).map(([name, h]) => {
    const schema = jsonSchema(h.schema, 'input');
    return {
      name,
      in: 'header',
      required: h.required,
      ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
      schema,
    };
  });
  return [...of('path', op.params), ...of('query', op.query), ...headers];
}

function responses(op: ApiOperation) {
  return Object.fromEntries(
    Object.entries(op.responses).map(([status, r]) => {
      const type = Number(status) >= 400 ? PROBLEM_CONTENT_TYPE : (r.contentType ?? 'application/json');
      const content = r.schema
        ? { [type]: { schema: jsonSchema(r.schema, 'output') } }
        : { [type]: { schema: { type: 'string', contentMediaType: type } } };
      return [status, { description: r.description, content }];
    }),
  );
}

/** The whole document; `serverUrl` is where the shop is reached. */
export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of API_OPERATIONS) {
    (paths[op.path] ??= {})[op.method] = {
      operationId: op.id,
      summary: op.summary,
      ...(op.scope ? { security: [{ apiKey: [op.scope] }], 'x-scope': op.scope } : { security: [] }),
      parameters: parameters(op),
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: jsonSchema(op.body, 'input'),
                  ...(op.example ? { example: op.example } : {}),
                },
              },
            },
          }
        : {}),
      responses: responses(op),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Onekind API',
      version: '1.0.0',
      description: `Products, designs, orders and production files of an Onekind shop. Authenticate with an API key from the studio: \`Authorization: Bearer ok_live_…\`. Scopes: ${API_SCOPES.map((scope) => `\`${scope}\` (${SCOPE_LABELS[scope].toLowerCase()})`).join(', ')}. Errors are RFC 9457 problem details (${PROBLEM_CONTENT_TYPE}). Money is in integer minor units.`,
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API key created in the studio (Studio › API keys).',
        },
      },
    },
    paths,
  };
}
