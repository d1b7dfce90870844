// npm run example:store — sets up the local shop for the example store (an API key, the store's
// origin allowed to embed, a webhook endpoint), once, then starts the store on PORT (4000).
// Against a shop elsewhere, create those in its studio and start examples/store/server.ts with
// ONEKIND_URL, ONEKIND_API_KEY and ONEKIND_WEBHOOK_SECRET instead.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { WEBHOOK_EVENTS } from '@/lib/webhooks/events';
import { createApiKey } from '@/lib/server/api/keys';
import { db } from '@/lib/server/db/client';
import { addEmbedOrigin } from '@/lib/server/embed/origins';
import { readEnv } from '@/lib/server/env';
import { createEndpoint, getEndpoint } from '@/lib/server/webhooks/endpoints';

const PORT = Number(process.env.STORE_PORT ?? 4000);
const STORE = `http://localhost:${PORT}`;
// What the setup made, so a second start reuses it instead of making another key.
const SAVED = path.join(readEnv().dataDir, 'example-store.json');

type Settings = { ONEKIND_API_KEY: string; ONEKIND_WEBHOOK_SECRET: string };

async function setUp(): Promise<Settings> {
  if (fs.existsSync(SAVED)) return JSON.parse(fs.readFileSync(SAVED, 'utf8')) as Settings;
  const key = await createApiKey(
    { name: 'Example store', scopes: ['catalogue:read', 'orders:write', 'orders:read'] },
    'example-store',
  );
  await addEmbedOrigin(STORE);
  const { id } = await createEndpoint({
    url: `${STORE}/webhooks/onekind`,
    description: 'Example store',
    events: [...WEBHOOK_EVENTS],
  });
  const endpoint = await getEndpoint(id);
  const settings = { ONEKIND_API_KEY: key.key, ONEKIND_WEBHOOK_SECRET: endpoint!.secret };
  fs.writeFileSync(SAVED, JSON.stringify(settings), { mode: 0o600 });
  console.log(
    `Set up the shop for the example store: API key ${key.prefix}…, ${STORE} may embed, webhooks go to ${STORE}/webhooks/onekind.`,
  );
  return settings;
}

const settings = process.env.ONEKIND_API_KEY ? null : await setUp();
await db().$disconnect();
const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'server.ts')], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ...settings,
    PORT: String(PORT),
    ONEKIND_URL: process.env.ONEKIND_URL ?? readEnv().publicUrl,
  },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
