import { describe, expect, it } from 'vitest';
import { acceptInviteSchema, setupSchema } from './schemas';

describe('account payloads', () => {
  it('refuse a name with a NUL byte or another control character, which PostgreSQL could not store', () => {
    const setup = { code: 'x', email: 'ada@example.com', password: 'a long enough password' };
    expect(setupSchema.safeParse({ ...setup, name: 'Ada Lovelace' }).success).toBe(true);
    for (const name of ['Ada\u0000', 'Ada\nLovelace']) {
      expect(setupSchema.safeParse({ ...setup, name }).error?.issues[0]?.message).toBe(
        'Remove unusual characters from your name.',
      );
      expect(
        acceptInviteSchema.safeParse({ token: 'a'.repeat(43), name, password: 'a long enough password' })
          .success,
      ).toBe(false);
    }
  });
});
