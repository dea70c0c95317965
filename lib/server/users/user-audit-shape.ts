import "@/lib/server/server-only";

export const ADMIN_USER_SELECT = {
  id: true,
  loginName: true,
  displayName: true,
  role: true,
  active: true,
  mustChangePassword: true,
  createdAt: true,
  scopes: { orderBy: { createdAt: "asc" }, select: { includeSubtree: true, unit: { select: { code: true, name: true } } } },
} as const;

/** What the audit log keeps of a user: never a hash or a password. */
export function userAuditShape(user: {
  loginName: string;
  displayName: string;
  role: string;
  active: boolean;
  scopes: { includeSubtree: boolean; unit: { code: string } }[];
}) {
  return {
    loginName: user.loginName,
    displayName: user.displayName,
    role: user.role,
    active: user.active,
    scopes: user.scopes.map((s) => (s.includeSubtree ? `${s.unit.code}（含下级）` : s.unit.code)),
  };
}
