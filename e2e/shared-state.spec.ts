import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { startS3Server, type TestS3Server } from '../lib/server/testing/s3-server';
import { startOwnServer, type OwnServer } from './support/own-server';

// Two production servers of our own that keep nothing to themselves: files in an S3 bucket
// (s3rver, a real S3-protocol server on localhost), throttles in Redis. What one process
// stored, the other serves; what one process counted, the other refuses. (The proof with
// PostgreSQL, a worker and a proxy in front is the multi-process test.)

const METRICS_TOKEN = 'a-metrics-token-for-e2e';
const PHOTO = path.join(import.meta.dirname, 'fixtures', 'photo.jpg');

let s3: TestS3Server;
let a: OwnServer;
let b: OwnServer;
let api: APIRequestContext;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(240_000);
  s3 = await startS3Server({ bucket: 'onekind-e2e' });
  const env = {
    ...s3.env('shop'),
    REDIS_URL: 'redis://127.0.0.1:6379',
    TRUSTED_PROXIES: '127.0.0.1, ::1',
    ORDER_RATE_LIMIT_PER_MINUTE: '3',
    METRICS_TOKEN,
  };
  [a, b] = await Promise.all([startOwnServer('shared-a', 1, env), startOwnServer('shared-b', 2, env)]);
  api = await playwright.request.newContext();
});
test.afterAll(async () => {
  await api?.dispose();
  await Promise.all([a?.stop(), b?.stop()]);
  await s3?.stop();
});

test('a photo uploaded through one process is in the bucket, and the other serves its preview', async () => {
  const upload = await api.post(`${a.url}/api/uploads`, {
    multipart: { file: { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: fs.readFileSync(PHOTO) } },
  });
  expect(upload.status()).toBe(201);
  const { id, previewUrl } = (await upload.json()) as { id: string; previewUrl: string };

  const preview = await api.get(`${b.url}${previewUrl}`);
  expect(preview.status()).toBe(200);
  expect(preview.headers()['content-type']).toBe('image/jpeg');
  expect((await preview.body()).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));

  const client = new S3Client({ ...s3.config(), maxAttempts: 1 });
  const original = await client.send(
    new HeadObjectCommand({ Bucket: 'onekind-e2e', Key: `shop/uploads/${id}/original` }),
  );
  expect(original.ContentLength).toBe(fs.statSync(PHOTO).size);
  // Nothing on either process's disk.
  for (const server of [a, b]) {
    const dataDir = path.dirname(server.database);
    expect(fs.existsSync(path.join(dataDir, 'objects')) || fs.existsSync(path.join(dataDir, 'uploads'))).toBe(
      false,
    );
  }
  expect((await api.get(`${b.url}/api/uploads/${'0'.repeat(64)}/preview`)).status()).toBe(404);
});

test('the order throttle counts one client across both processes', async () => {
  // A client address of this run only, as the trusted proxy (the test runner) names it.
  const client = `2001:db8::${randomInt(1, 0xffff).toString(16)}:${randomInt(1, 0xffff).toString(16)}`;
  const attempt = (server: OwnServer) =>
    api.post(`${server.url}/api/orders`, {
      headers: { 'idempotency-key': 'k'.repeat(20), 'x-forwarded-for': client },
      data: {},
    });
  const statuses = [];
  for (const server of [a, b, a, b]) statuses.push((await attempt(server)).status());
  expect(statuses).toEqual([422, 422, 422, 429]);
});

test('both are ready, measured, and say when the object store is gone', async () => {
  for (const server of [a, b]) {
    const ready = await api.get(`${server.url}/readyz`);
    expect([ready.status(), await ready.json()]).toEqual([200, { status: 'ready' }]);
  }
  const metrics = await api.get(`${a.url}/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  expect(metrics.status()).toBe(200);
  const text = await metrics.text();
  expect(text).toMatch(
    /onekind_http_request_duration_seconds_count\{method="POST",route="\/api\/uploads",status="201"\} 1/,
  );
  expect(text).toMatch(/route="\/api\/orders",status="429"\}|route="\/api\/orders",status="422"\}/);
  expect((await api.get(`${a.url}/metrics`)).status()).toBe(401);

  await s3.stop();
  const notReady = await api.get(`${b.url}/readyz`);
  expect([notReady.status(), await notReady.json()]).toEqual([
    503,
    { status: 'unavailable', reason: 'object storage unreachable' },
  ]);
});
