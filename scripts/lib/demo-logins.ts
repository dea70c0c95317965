/** The demo accounts the seed creates; printed by `npm run demo` and written in the README. */
export const DEMO_LOGINS = [
  { role: "填报人", loginName: "clerk", password: "clerk-demo-2020" },
  { role: "审核人", loginName: "reviewer", password: "reviewer-demo-2020" },
  { role: "管理员", loginName: "admin", password: "admin-demo-2020" },
] as const;
