import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { SpecRefusal } from '../../spec/line-files';
import { attachment, handleDownload } from './download';
import { HttpError } from './json';
import { setLogger } from '../ops/logger';

describe('handleDownload', () => {
  it('maps refusals and HTTP errors to their status with their message', async () => {
    const refused = await handleDownload(() => Promise.reject(new SpecRefusal('Letters are too small.')));
    expect([refused.status, await refused.text()]).toEqual([422, 'Letters are too small.']);
    const unauthorised = await handleDownload(() => Promise.reject(new HttpError(401, 'Sign in first.')));
    expect(unauthorised.status).toBe(401);
  });

  it('turns anything else into a bare 500 that leaks nothing', async () => {
    const lines: string[] = [];
    setLogger(pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }));
    const failed = await handleDownload(() => Promise.reject(new Error('ENOENT /data/uploads/secret-path')));
    expect([failed.status, await failed.text()]).toEqual([500, 'Something went wrong.']);
    // The whole error goes to the log, not to the client.
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 50,
      msg: 'Download failed',
      err: { message: 'ENOENT /data/uploads/secret-path' },
    });
    setLogger(undefined);
  });

  it('serves files as uncached attachments with a safe name', async () => {
    const response = attachment(new Uint8Array([1, 2, 3]), 'OK-1_1_back".pdf', 'application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="OK-1_1_back_.pdf"');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('streams pieces in order with the whole length', async () => {
    const response = attachment(
      [new Uint8Array([1, 2]), new Uint8Array([]), new Uint8Array([3, 4, 5])],
      'OK-1.zip',
      'application/zip',
    );
    expect(response.headers.get('content-length')).toBe('5');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3, 4, 5]));
  });
});
