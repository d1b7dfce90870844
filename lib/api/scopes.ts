// What an API key may do. A key holds a set of scopes; each operation of /api/v1 needs one.
import { z } from 'zod';

export const API_SCOPES = [
  'catalogue:read',
  'designs:write',
  'orders:write',
  'orders:read',
  'production:read',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const SCOPE_LABELS: Record<ApiScope, string> = {
  'catalogue:read': 'Read products, their published versions and saved designs',
  'designs:write': 'Save designs',
  'orders:write': 'Place orders and change their status',
  'orders:read': 'Read and list orders',
  'production:read': 'List and download production files',
};

export const apiScopeSchema = z.enum(API_SCOPES, { error: 'Choose scopes from the list.' });

/** Scopes as stored ("catalogue:read,orders:write"), unknown ones dropped. */
export function parseScopes(stored: string): ApiScope[] {
  return API_SCOPES.filter((scope) => stored.split(',').includes(scope));
}

/** Scopes for storage, in the canonical order. */
export function formatScopes(scopes: readonly ApiScope[]): string {
  return API_SCOPES.filter((scope) => scopes.includes(scope)).join(',');
}

/** The studio's form: a name people recognise and at least one scope. */
export const createApiKeySchema = z.object({
  name: z
    .string({ error: 'Name the key.' })
    .trim()
    .min(1, { error: 'Name the key, e.g. "Shopify store".' })
    .max(80, { error: 'Keep the name under 80 characters.' })
    .refine((v) => !/\p{Cc}/u.test(v), { error: 'Remove unusual characters from the name.' }),
  scopes: z.array(apiScopeSchema).min(1, { error: 'Choose at least one scope.' }),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;
