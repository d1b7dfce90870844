// An order's life: placed -> in production -> shipped, or cancelled while it is still only placed.

export const ORDER_STATUSES = ['placed', 'in_production', 'shipped', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

const NEXT: Record<OrderStatus, OrderStatus[]> = {
  placed: ['in_production', 'cancelled'],
  in_production: ['shipped'],
  shipped: [],
  cancelled: [],
};

/** True when an order in `from` may move to `to`. */
export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return NEXT[from].includes(to);
}

/** True when the workshop may make (and download the production files of) an order in `status`. */
export function isProducible(status: OrderStatus): boolean {
  return status !== 'cancelled';
}

/** Narrows a stored status string. */
export function isOrderStatus(value: string): value is OrderStatus {
  return (ORDER_STATUSES as readonly string[]).includes(value);
}

export const STATUS_LABELS: Record<OrderStatus, string> = {
  placed: 'Placed',
  in_production: 'In production',
  shipped: 'Shipped',
  cancelled: 'Cancelled',
};
