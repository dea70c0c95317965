/** The signed-in person as every DAL function sees them. Pure: shared by server code and tests. */
export type TRole = "CLERK" | "REVIEWER" | "ADMIN";

export interface Actor {
  id: string;
  loginName: string;
  displayName: string;
  role: TRole;
  /** Units the actor may see (empty for admins, who see everything). */
  unitIds: string[];
}

export const ROLE_LABELS: Record<TRole, string> = {
  CLERK: "填报人",
  REVIEWER: "审核人",
  ADMIN: "管理员",
};
