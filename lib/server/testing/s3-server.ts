import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error s3rver ships no types; only its constructor, run() and close() are used here.
import S3rver from 's3rver';
import type { S3StorageConfig } from '../storage/s3';

// A real S3-protocol server (s3rver) on a free localhost port, with one empty bucket in a
// temporary folder: the S3 driver's tests and the multi-process tests talk HTTP to it, as
// they would to MinIO or AWS. (Not server-only: the end-to-end specs start one too.)

type S3rverInstance = { run(): Promise<AddressInfo>; close(): Promise<void> };
type S3rverConstructor = new (options: Record<string, unknown>) => S3rverInstance;

export type TestS3Server = {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  /** A configuration for the bucket, under `prefix`. */
  config: (prefix?: string) => S3StorageConfig;
  /** The same as STORAGE_URL / S3_* variables, for a server process. */
  env: (prefix?: string) => Record<string, string>;
  stop: () => Promise<void>;
};

const KEY = 'S3RVER';

/** Starts s3rver on `port` (a free one by default) with an empty `bucket`. */
export async function startS3Server({ bucket = 'onekind-test', port = 0 } = {}): Promise<TestS3Server> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-s3-'));
  const server = new (S3rver as S3rverConstructor)({
    address: '127.0.0.1',
    port,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port: bound } = await server.run();
  const endpoint = `http://127.0.0.1:${bound}`;
  let stopped = false;
  return {
    endpoint,
    config: (prefix = '') => ({
      bucket,
      prefix,
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: KEY, secretAccessKey: KEY },
      forcePathStyle: true,
    }),
    env: (prefix = '') => ({
      STORAGE_URL: `s3://${bucket}${prefix ? `/${prefix}` : ''}`,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: KEY,
      AWS_SECRET_ACCESS_KEY: KEY,
    }),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
