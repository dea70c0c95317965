/**
 * e2e helpers for the workspace: sign in without the UI (the session cookie lands in the
 * browser context) and reset a unit's year in the database so the flow can start it again.
 */
import { test as base, type APIRequestContext } from "@playwright/test";
import pg from "pg";

export const CLERK = { loginName: "clerk", password: "clerk-demo-2020" };
export const UNIT = { code: "430203-zgh", name: "株洲市芦淞区总工会" };

/** Signs in through next-auth's credentials callback; the cookie lands in the context (a browser's or a request context's). */
export async function signInByCookie(context: { request: APIRequestContext }, user = CLERK): Promise<void> {
  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, loginName: user.loginName, password: user.password, json: "true" },
  });
  if (!response.ok()) throw new Error(`sign-in failed: ${response.status()}`);
}

/**
 * Deletes a unit's report for a year (never a published one), so that "start the year" can be
 * exercised on a seeded database that already holds the 2021 draft.
 */
export async function resetReport(unitCode: string, year: number): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `DELETE FROM reports WHERE year = $2 AND published_revision_id IS NULL
         AND unit_id = (SELECT id FROM units WHERE code = $1)`,
      [unitCode, year],
    );
  } finally {
    await client.end();
  }
}

/** A test whose page is already signed in as the clerk. */
export const clerkTest = base.extend({
  page: async ({ page, context }, provide) => {
    await signInByCookie(context);
    await provide(page);
  },
});
