'use server';
import { z } from 'zod';
import { findOrderSchema } from '../../orders/lookup-schema';
import { lookUpOrder } from '../orders/get-order';

export type FindOrderResult = { ok: true; url: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Finds an order by number and e-mail and returns the link to it. Public endpoint. */
export async function findOrder(input: unknown): Promise<FindOrderResult> {
  const parsed = findOrderSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Check the fields marked below.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    const token = await lookUpOrder(parsed.data.number, parsed.data.email);
    // One answer for "no such number" and "wrong e-mail": the form reveals nothing about other orders.
    if (!token) return { ok: false, error: 'We found no order with that number and e-mail address.' };
    return { ok: true, url: `/orders/${parsed.data.number}?t=${token}` };
  } catch (error) {
    console.error('findOrder failed', error);
    return { ok: false, error: 'Something went wrong while looking up your order. Please try again.' };
  }
}
