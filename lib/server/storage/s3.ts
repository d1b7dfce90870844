import 'server-only';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  paginateListObjectsV2,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { PassThrough, Readable } from 'node:stream';
import { assertKey, type ObjectStorage, type StoredObject } from './types';

// Objects in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2, ...), under an optional key
// prefix. A PUT is atomic in S3, so readers never see half an object. Streams are uploaded in
// parts (multipart), so at most a few parts are held in memory, never the whole file.

/** Where and how to reach the bucket. */
export type S3StorageConfig = {
  bucket: string;
  /** Prepended to every key, without slashes at either end ('' for none). */
  prefix: string;
  /** The S3 endpoint (MinIO, a local server); AWS's own when unset. */
  endpoint?: string;
  region: string;
  /** Explicit keys; the SDK's default chain (environment, profile, instance role) when unset. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** bucket in the path (http://host/bucket/key) rather than the host name, as most S3 servers want. */
  forcePathStyle: boolean;
};

const PART_BYTES = 8 * 1024 * 1024;
const PARTS_IN_FLIGHT = 2;

function isNotFound(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  return error.$metadata.httpStatusCode === 404 || error.name === 'NoSuchKey' || error.name === 'NotFound';
}

/** An S3-compatible store with the given configuration. */
export function s3Storage(config: S3StorageConfig, client = s3Client(config)): ObjectStorage {
  const { bucket } = config;
  const prefix = config.prefix ? `${config.prefix}/` : '';
  const objectKey = (key: string) => {
    assertKey(key);
    return prefix + key;
  };

  const head = async (key: string): Promise<StoredObject | null> => {
    try {
      const out = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
      return {
        key,
        byteSize: out.ContentLength ?? 0,
        contentType: out.ContentType ?? 'application/octet-stream',
      };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  };

  return {
    async put(key, body, { contentType }) {
      const Key = objectKey(key);
      if (body instanceof Uint8Array) {
        await client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key,
            Body: body,
            ContentType: contentType,
            ContentLength: body.byteLength,
          }),
        );
        return { key, byteSize: body.byteLength, contentType };
      }
      // Counted on the way through: the length is not known until the stream ends.
      let byteSize = 0;
      const counted = new PassThrough();
      counted.on('data', (chunk: Buffer) => (byteSize += chunk.length));
      body.on('error', (error) => counted.destroy(error));
      body.pipe(counted);
      const upload = new Upload({
        client,
        params: { Bucket: bucket, Key, Body: counted, ContentType: contentType },
        partSize: PART_BYTES,
        queueSize: PARTS_IN_FLIGHT,
        leavePartsOnError: false,
      });
      await upload.done();
      return { key, byteSize, contentType };
    },
    async get(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
        if (!(out.Body instanceof Readable)) throw new Error('S3 answered a body that is not a Node stream');
        return {
          key,
          byteSize: out.ContentLength ?? 0,
          contentType: out.ContentType ?? 'application/octet-stream',
          body: out.Body,
        };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    head,
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
    },
    async *list(keyPrefix) {
      for await (const page of paginateListObjectsV2(
        { client },
        { Bucket: bucket, Prefix: prefix + keyPrefix },
      )) {
        for (const object of page.Contents ?? []) {
          if (!object.Key) continue;
          // The listing has no content types; each object's own headers do.
          const stored = await head(object.Key.slice(prefix.length));
          if (stored) yield stored;
        }
      }
    },
    async ping() {
      await client.send(new HeadBucketCommand({ Bucket: bucket }));
    },
  };
}

/** A client for `config`. Checksums only where S3 requires them, which every S3-compatible server accepts. */
export function s3Client(config: S3StorageConfig): S3Client {
  return new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    credentials: config.credentials,
    forcePathStyle: config.forcePathStyle,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}
