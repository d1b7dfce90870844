// TEMPORARY DEVELOPMENT SHIM — replaced by the studio-auth branch on merge.
// The names below are the agreed auth contract; the studio codes against them only.

export const ROLES = ['admin', 'maker'] as const;
export type Role = (typeof ROLES)[number];
export type StaffUser = { id: string; email: string; name: string; role: Role };
