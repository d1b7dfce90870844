import { hostScript } from '@/lib/embed/host-script';
import { readEnv } from '@/lib/server/env';

// GET /embed.js: the script a store page includes to embed the configurator.
export const runtime = 'nodejs';

export function GET() {
  return new Response(hostScript(readEnv().publicUrl), {
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=300',
      // Any site may load the script; only the sites the brand allowed may frame what it mounts.
      'access-control-allow-origin': '*',
      'x-content-type-options': 'nosniff',
    },
  });
}
