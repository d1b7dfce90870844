import type { SaveDesignInput } from '@/lib/design/save-input';
import { apiCreateDesign } from '@/lib/server/api/designs';
import { apiJson, apiRoute } from '@/lib/server/api/http';

export const runtime = 'nodejs';

// POST /api/v1/designs (designs:write)
export const POST = apiRoute<Record<string, string>, undefined, SaveDesignInput>(
  'createDesign',
  async ({ body }) => {
    const created = await apiCreateDesign(body);
    return apiJson(201, created, { location: `/api/v1/designs/${created.id}` });
  },
);
