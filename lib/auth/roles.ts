// Who may sign in: brand admins and makers. Shoppers have no accounts.

export const ROLES = ['admin', 'maker'] as const;
export type Role = (typeof ROLES)[number];

/** A signed-in member of staff, as pages and actions see them (never the password hash). */
export type StaffUser = { id: string; email: string; name: string; role: Role };

/** Who may work the maker's queue, its order pages and downloads: admins may do all a maker does. */
export const MAKER_AREA: Role[] = ['maker', 'admin'];
/** Who may use the brand's studio. */
export const STUDIO: Role[] = ['admin'];

export const ROLE_LABELS: Record<Role, string> = { admin: 'Admin', maker: 'Maker' };

/** Narrows a stored role string. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Where a member of staff lands after signing in when no page asked for them. */
export function homePath(role: Role): string {
  return role === 'admin' ? '/studio' : '/maker';
}
