import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { API_OPERATIONS } from './operations';
import { openApiDocument } from './openapi';
import { fieldProblems, problem } from './problem';
import { formatScopes, parseScopes } from './scopes';

describe('the OpenAPI document', () => {
  const doc = openApiDocument('http://localhost:3000');

  it('validates as OpenAPI 3.1', async () => {
    const result = await new Validator().validate(JSON.parse(JSON.stringify(doc)) as Record<string, unknown>);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
  });

  it('has every operation once, each protected operation with its scope, 401 and 403', () => {
    const ids = API_OPERATIONS.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of API_OPERATIONS) {
      const entry = (
        doc.paths[op.path] as Record<
          string,
          { operationId: string; responses: Record<string, unknown>; security: unknown[] }
        >
      )[op.method]!;
      expect(entry.operationId).toBe(op.id);
      if (op.scope) {
        expect(entry.security).toEqual([{ apiKey: [op.scope] }]);
        expect(Object.keys(entry.responses)).toEqual(expect.arrayContaining(['401', '403', '429']));
      }
    }
  });

  it('describes request bodies with the schemas the handlers parse with', () => {
    const create = (
      doc.paths['/api/v1/orders'] as Record<
        string,
        {
          requestBody: {
            content: Record<string, { schema: { required: string[]; properties: Record<string, unknown> } }>;
          };
        }
      >
    ).post!;
    const schema = create.requestBody.content['application/json']!.schema;
    expect(schema.required).toEqual(expect.arrayContaining(['email', 'address', 'shippingMethod', 'lines']));
    expect(schema.required).not.toContain('expectedTotalMinor');
    expect(Object.keys(schema.properties)).toContain('expectedTotalMinor');
  });
});

describe('problem details and scopes', () => {
  it('writes RFC 9457 problems with field pointers', () => {
    expect(
      problem(
        422,
        'Check the fields marked below.',
        'validation',
        fieldProblems({ 'address.postalCode': ['Enter a Germany postal code, like 10115.'] }),
      ),
    ).toEqual({
      type: '/developers#problem-validation',
      title: 'Unprocessable content',
      status: 422,
      detail: 'Check the fields marked below.',
      errors: [{ pointer: '/address/postalCode', detail: 'Enter a Germany postal code, like 10115.' }],
    });
    expect(problem(401, 'x')).not.toHaveProperty('errors');
  });

  it('stores scopes in one order and ignores unknown ones', () => {
    expect(formatScopes(['orders:read', 'catalogue:read'])).toBe('catalogue:read,orders:read');
    expect(parseScopes('orders:read,admin,catalogue:read')).toEqual(['catalogue:read', 'orders:read']);
  });
});
