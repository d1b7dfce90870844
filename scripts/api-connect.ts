// npm run api:connect -- --name "Example store" [--scopes catalogue:read,orders:write] [--webhook <url>] [--events order.created,…] [--json]
//
// Connects another store from the command line, as the studio's API keys and Webhooks pages do:
// makes an API key (every scope unless --scopes says otherwise) and, with --webhook, registers
// the endpoint (every event unless --events says otherwise). Prints the key and the signing
// secret once (--json: as one JSON object, for scripts such as the example host).
import { parseArgs } from 'node:util';
import { API_SCOPES, createApiKeySchema } from '@/lib/api/scopes';
import { createApiKey } from '@/lib/server/api/keys';
import { createDb } from '@/lib/server/db/client';
import { migrate } from '@/lib/server/db/migrate';
import { readEnv } from '@/lib/server/env';
import { createEndpoint, getEndpoint } from '@/lib/server/webhooks/endpoints';
import { createEndpointSchema, WEBHOOK_EVENTS } from '@/lib/webhooks/events';

const USAGE =
  'Usage: npm run api:connect -- --name <name> [--scopes a,b] [--webhook <url>] [--events a,b] [--json]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    options: {
      name: { type: 'string' },
      scopes: { type: 'string', default: API_SCOPES.join(',') },
      webhook: { type: 'string' },
      events: { type: 'string', default: WEBHOOK_EVENTS.join(',') },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  }).values;
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const key = createApiKeySchema.safeParse({ name: args.name ?? '', scopes: list(args.scopes) });
if (!key.success)
  fail(`${key.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('\n')}\n${USAGE}`);
const endpoint =
  args.webhook === undefined
    ? null
    : createEndpointSchema.safeParse({
        url: args.webhook,
        description: key.data.name,
        events: list(args.events),
      });
if (endpoint && !endpoint.success)
  fail(`${endpoint.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('\n')}\n${USAGE}`);

const env = readEnv();
await migrate(env.databaseUrl);
const conn = createDb(env.databaseUrl);
try {
  const made = await createApiKey(key.data, 'cli', conn);
  const hook = endpoint?.success
    ? await getEndpoint((await createEndpoint(endpoint.data, conn)).id, conn)
    : null;
  if (args.json) {
    console.log(
      JSON.stringify({
        apiKey: made.key,
        scopes: key.data.scopes,
        webhook: hook ? { id: hook.id, url: hook.url, events: hook.events, secret: hook.secret } : null,
      }),
    );
  } else {
    console.log(`API key for ${key.data.name} (${key.data.scopes.join(', ')}), shown once:\n  ${made.key}`);
    if (hook)
      console.log(
        `Webhook endpoint ${hook.url} (${hook.events.join(', ')}), signing secret:\n  ${hook.secret}`,
      );
    console.log(`Reference: ${env.publicUrl}/developers`);
  }
} finally {
  await conn.$disconnect();
}
