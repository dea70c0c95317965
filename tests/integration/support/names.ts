/** Database names the test harness creates; global setup drops leftovers by the prefix. */
export const TEMPLATE_DATABASE = "gongkai_template";
export const TEST_DATABASE_PREFIX = "gongkai_t_";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of an existing database on the test server, for CREATE/DROP DATABASE. */
    testDbAdminUrl: string;
  }
}
