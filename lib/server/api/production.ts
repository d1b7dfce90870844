import 'server-only';
import type { z } from 'zod';
import type { productionFiles } from '../../api/schemas';
import { db, type Db } from '../db/client';
import { orderToProduce } from '../maker/order-to-produce';
import { orderFileResponse, orderZipResponse } from '../production/downloads';
import { storedManifest } from '../production/stored-files';

// Production files through the public API: the maker's own downloads (streamed from storage once
// rendered, built on request before), behind an API key instead of a staff session.

/** The rendered files of an order (none listed until the render job has stored them). */
export async function apiProductionFiles(
  number: string,
  conn: Db = db(),
): Promise<z.infer<typeof productionFiles>> {
  const order = await orderToProduce(number);
  const [manifest, production] = await Promise.all([
    storedManifest(order.number),
    conn.order.findUnique({
      where: { number: order.number },
      select: { production: { select: { state: true } } },
    }),
  ]);
  const state = manifest ? 'ready' : (production?.production?.state ?? 'unknown');
  const base = `/api/v1/orders/${order.number}`;
  return {
    state:
      (['queued', 'rendering', 'ready', 'failed', 'cancelled'] as const).find((s) => s === state) ??
      'unknown',
    zipUrl: `${base}/files.zip`,
    files: (manifest?.files ?? []).map((f) => ({
      name: f.name,
      contentType: f.contentType,
      byteSize: f.byteSize,
      url: `${base}/files/${f.name}`,
    })),
  };
}

/** One file (from storage, or built now). */
export async function apiProductionFile(number: string, name: string): Promise<Response> {
  return orderFileResponse(await orderToProduce(number), name);
}

/** The ZIP of every file (from storage, or built now). */
export async function apiProductionZip(number: string): Promise<Response> {
  return orderZipResponse(await orderToProduce(number));
}
