// npm run serve — serves an existing production build (`npm run build`) through the custom
// server (scripts/server/app-server.ts). `npm start` migrates, seeds and builds first.
import { readEnv } from '@/lib/server/env';
import { startServer } from './server/app-server';

await startServer(readEnv());
