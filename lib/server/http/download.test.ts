import { describe, expect, it, vi } from 'vitest';
import { SpecRefusal } from '../../spec/line-files';
import { attachment, handleDownload } from './download';
import { HttpError } from './json';

describe('handleDownload', () => {
  it('maps refusals and HTTP errors to their status with their message', async () => {
    const refused = await handleDownload(() => Promise.reject(new SpecRefusal('Letters are too small.')));
    expect([refused.status, await refused.text()]).toEqual([422, 'Letters are too small.']);
    const unauthorised = await handleDownload(() => Promise.reject(new HttpError(401, 'Sign in first.')));
    expect(unauthorised.status).toBe(401);
  });

  it('turns anything else into a bare 500 that leaks nothing', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failed = await handleDownload(() => Promise.reject(new Error('ENOENT /data/uploads/secret-path')));
    expect([failed.status, await failed.text()]).toEqual([500, 'Something went wrong.']);
    log.mockRestore();
  });

  it('serves files as uncached attachments with a safe name', async () => {
    const response = attachment(new Uint8Array([1, 2, 3]), 'OK-1_1_back".pdf', 'application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="OK-1_1_back_.pdf"');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('streams pieces in order with the whole length', async () => {
    const response = attachment([new Uint8Array([1, 2]), new Uint8Array([]), new Uint8Array([3, 4, 5])], 'OK-1.zip', 'application/zip');
    expect(response.headers.get('content-length')).toBe('5');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3, 4, 5]));
  });
});
