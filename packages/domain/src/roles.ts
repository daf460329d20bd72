export const ROLES = ['customer', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { customer: 0, staff: 1, admin: 2 };

/** Admins can do everything staff can; staff everything customers can. */
export const hasRole = (actual: Role, required: Role): boolean => RANK[actual] >= RANK[required];
