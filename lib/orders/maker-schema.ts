// Payloads of the maker's area: moving an order along.
import { z } from 'zod';

const orderNumber = z.string().trim().toUpperCase().regex(/^OK-[A-Z2-9]{4}-[A-Z2-9]{4}$/, { error: 'Unknown order number.' });

export const startProductionSchema = z.object({ number: orderNumber });

export const markShippedSchema = z.object({
  number: orderNumber,
  trackingReference: z
    .string()
    .trim()
    .min(4, { error: "Enter the carrier's tracking reference." })
    .max(64, { error: 'A tracking reference is at most 64 characters.' })
    .regex(/^[A-Za-z0-9 ./:-]+$/, { error: 'Use the letters, digits and dashes of the tracking reference only.' }),
});

/** Statuses the queue filters by; "all" shows every order. */
export const QUEUE_FILTERS = ['placed', 'in_production', 'shipped', 'cancelled', 'all'] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];
