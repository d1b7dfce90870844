import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StaffUser } from '../../auth/roles';
import { HttpError } from '../http/json';

// The guards as pages, actions and route handlers meet them; who is signed in is stubbed.
let signedIn: StaffUser | null = null;
vi.mock('./current-user', () => ({ currentUser: () => Promise.resolve(signedIn) }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new Error(`redirect ${url}`);
  },
  forbidden: () => {
    throw new Error('forbidden');
  },
}));

const { actionUser, requireRole, routeUser } = await import('./guard');

const admin: StaffUser = { id: 'u1', email: 'ada@example.com', name: 'Ada', role: 'admin' };
const maker: StaffUser = { id: 'u2', email: 'mia@example.com', name: 'Mia', role: 'maker' };

describe('role guards', () => {
  beforeEach(() => {
    signedIn = null;
  });

  it('sends signed-out visitors of a page to sign in, coming back to the page', async () => {
    await expect(requireRole(['admin'], '/studio/orders?status=placed')).rejects.toThrow('redirect /sign-in?next=%2Fstudio%2Forders%3Fstatus%3Dplaced');
    await expect(requireRole(['admin'], 'https://evil.example/')).rejects.toThrow('redirect /sign-in?next=%2F');
  });

  it('shows the 403 page to a signed-in user of another role, and lets the right role in', async () => {
    signedIn = maker;
    await expect(requireRole(['admin'], '/studio')).rejects.toThrow('forbidden');
    expect(await requireRole(['maker', 'admin'], '/maker')).toEqual(maker);
    signedIn = admin;
    expect(await requireRole(['admin'], '/studio')).toEqual(admin);
  });

  it('gives actions the user only when the role fits', async () => {
    expect(await actionUser(['admin'])).toBeNull();
    signedIn = maker;
    expect(await actionUser(['admin'])).toBeNull();
    expect(await actionUser(['maker', 'admin'])).toEqual(maker);
  });

  it('answers route handlers 401 when signed out and 403 for another role', async () => {
    const status = (p: Promise<unknown>) => p.then(() => 200, (e: unknown) => (e instanceof HttpError ? e.status : 500));
    expect(await status(routeUser(['admin']))).toBe(401);
    signedIn = maker;
    expect(await status(routeUser(['admin']))).toBe(403);
    expect(await status(routeUser(['maker', 'admin']))).toBe(200);
  });
});
