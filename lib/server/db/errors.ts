import 'server-only';

/** A unique constraint failed (Prisma's P2002), e.g. a second account for the same e-mail. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';
}

/** A serializable transaction lost a race with another one (Prisma's P2034); the loser may retry. */
export function isWriteConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2034';
}
