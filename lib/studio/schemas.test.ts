import { describe, expect, it } from 'vitest';
import { publishDraftSchema } from './schemas';

describe('studio payloads', () => {
  it('keep a publish note on lines, without a NUL byte (PostgreSQL could not store it)', () => {
    expect(
      publishDraftSchema.safeParse({ slug: 'mug', revision: 1, note: 'New colours.\nCheaper.' }).success,
    ).toBe(true);
    expect(
      publishDraftSchema.safeParse({ slug: 'mug', revision: 1, note: 'New\u0000' }).error?.issues[0]?.message,
    ).toBe('Remove unusual characters from the note');
  });
});
