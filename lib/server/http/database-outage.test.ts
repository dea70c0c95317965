import { afterEach, describe, expect, it } from "vitest";
import { databaseStillDown, markDatabaseDown, markDatabaseUp } from "./database-outage";

afterEach(() => markDatabaseUp());

describe("database outage flag", () => {
  it("is not down until a request met the outage, and never probes then", async () => {
    let probes = 0;
    expect(await databaseStillDown(async () => (probes++, true))).toBe(false);
    expect(probes).toBe(0);
  });

  it("stays down while the probe fails, probing at most once a second, and ends on the first success", async () => {
    let up = false;
    let probes = 0;
    const probe = async () => (probes++, up);
    markDatabaseDown(0);
    expect(await databaseStillDown(probe, 500)).toBe(true); // too soon to probe
    expect(probes).toBe(0);
    expect(await databaseStillDown(probe, 1000)).toBe(true);
    expect(await databaseStillDown(probe, 1500)).toBe(true);
    expect(probes).toBe(1);
    up = true;
    expect(await databaseStillDown(probe, 2100)).toBe(false);
    expect(probes).toBe(2);
    expect(await databaseStillDown(probe, 2200)).toBe(false); // over: no more probes
    expect(probes).toBe(2);
  });

  it("treats a probe that throws as still down", async () => {
    markDatabaseDown(0);
    expect(
      await databaseStillDown(async () => {
        throw new Error("ECONNREFUSED");
      }, 5000),
    ).toBe(true);
  });
});
