import 'server-only';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import sharp from 'sharp';
import { shippingPriceMinor } from '../../checkout/shipping';
import { newDesign, newImageLayer, newTextLayer } from '../../design/defaults';
import { addCartItem, createCart, getCart } from '../cart';
import type { Db } from '../db/client';
import { createDesign } from '../designs';
import { placeOrder } from '../orders/place-order';
import { getProduct } from '../templates';
import { diskStorage } from '../storage/disk';
import { storeUpload } from '../uploads';

// A real order for tests and benches: `lines` t-shirts, each with a photo on every zone that
// takes images and a name, the photo stored as a shopper's upload would be.

/** Places the order through placeOrder (nothing queued: afterCommit does nothing) and returns it. */
export async function placePhotoOrder(
  conn: Db,
  dataDir: string,
  { lines = 1, photo = { width: 3000, height: 2000 }, slug = 'heavy-cotton-tee' } = {},
): Promise<{ id: string; number: string }> {
  const bytes = new Uint8Array(
    await sharp({ create: { ...photo, channels: 3, background: '#336699' } })
      .composite([{ input: { text: { text: 'Onekind', dpi: 600 } }, gravity: 'centre' }])
      .jpeg()
      .toBuffer(),
  );
  // Where storage() keeps files when DATA_DIR is dataDir (the disk default), so a worker
  // started with that DATA_DIR finds the photo.
  const stored = await storeUpload(bytes, { conn, objects: diskStorage(path.join(dataDir, 'objects')) });
  if (!stored.ok) throw new Error(stored.error);
  const product = (await getProduct(slug, conn))!;
  const cartId = await createCart(conn);
  for (let i = 0; i < lines; i++) {
    const zones = Object.fromEntries(
      product.template.zones
        .filter((zone) => zone.content.image)
        .map((zone) => [
          zone.id,
          {
            layers: [
              newImageLayer(zone, 'photo', stored.upload.id, photo.width, photo.height),
              ...(zone.content.text ? [newTextLayer(zone, 'name', `Line ${i + 1}`)] : []),
            ],
          },
        ]),
    );
    const designId = await createDesign(product.versionId, { ...newDesign(product.template), zones }, conn);
    await addCartItem(cartId, designId, 1, conn);
  }
  const cart = await getCart(cartId, conn);
  const placed = await placeOrder(
    {
      idempotencyKey: randomUUID(),
      email: 'ada@example.com',
      address: { name: 'Ada', line1: 'Hauptstraße 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
      shippingMethod: 'standard',
      lines: cart.items.map((item) => ({ designId: item.designId, quantity: item.quantity })),
      expectedTotalMinor: cart.subtotalMinor + shippingPriceMinor('standard', cart.currency!)!,
    },
    { cartId, conn, afterCommit: () => undefined },
  );
  if (!placed.ok) throw new Error(placed.error);
  const row = await conn.order.findUniqueOrThrow({ where: { number: placed.number }, select: { id: true } });
  return { id: row.id, number: placed.number };
}
