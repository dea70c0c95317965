import { describe, expect, it } from "vitest";
import { withOutageStatus } from "./outage-status";

describe("withOutageStatus", () => {
  it("turns next-auth's SERVICE_UNAVAILABLE answer (JSON or redirect) into a 503", async () => {
    const json = Response.json({ url: "http://x/login?error=SERVICE_UNAVAILABLE" });
    const a = await withOutageStatus(json);
    expect(a.status).toBe(503);
    expect(await a.json()).toMatchObject({ message: "服务暂时不可用，请稍后再试" });
    const redirect = new Response(null, { status: 302, headers: { location: "http://x/login?error=SERVICE_UNAVAILABLE" } });
    expect((await withOutageStatus(redirect)).status).toBe(503);
  });

  it("leaves a wrong password (and success) alone", async () => {
    expect((await withOutageStatus(Response.json({ url: "http://x/login?error=CredentialsSignin" }))).status).toBe(200);
    expect((await withOutageStatus(Response.json({ url: "http://x/workspace" }))).status).toBe(200);
  });
});
