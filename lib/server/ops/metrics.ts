import 'server-only';
import { collectDefaultMetrics, Counter, Histogram, Registry, type Metric } from 'prom-client';

// Prometheus metrics: one registry per process, served at /metrics by the custom server (only
// with METRICS_TOKEN, see scripts/server/ops-routes.ts). Others add their own through metric():
// jobs by state, render time and queue depth live with the job worker.

const KEY = Symbol.for('onekind.metrics');

/** The process's registry, with Node's process metrics (memory, CPU, event loop lag). */
export function metricsRegistry(): Registry {
  const global = globalThis as Record<symbol, Registry | undefined>;
  let registry = global[KEY];
  if (!registry) {
    registry = global[KEY] = new Registry();
    collectDefaultMetrics({ register: registry, prefix: 'onekind_' });
  }
  return registry;
}

/**
 * The metric called `name`, made by `make` on first use and registered in the process's
 * registry (make must pass `registers: [registry]`). Safe to call from every request.
 */
export function metric<M extends Metric>(name: string, make: (registry: Registry) => M): M {
  const registry = metricsRegistry();
  return (registry.getSingleMetric(name) as M | undefined) ?? make(registry);
}

/** Seconds from a request's arrival to its last byte, by method, route (the page's pattern) and status. */
export function httpRequestDuration(): Histogram<'method' | 'route' | 'status'> {
  return metric(
    'onekind_http_request_duration_seconds',
    (registry) =>
      new Histogram({
        name: 'onekind_http_request_duration_seconds',
        help: 'HTTP request latency by route',
        labelNames: ['method', 'route', 'status'],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        registers: [registry],
      }),
  );
}

/** Orders placed (not replays of an order already placed). */
export function ordersPlaced(): Counter {
  return metric(
    'onekind_orders_placed_total',
    (registry) =>
      new Counter({ name: 'onekind_orders_placed_total', help: 'Orders placed', registers: [registry] }),
  );
}
