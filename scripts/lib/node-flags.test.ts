import { describe, expect, it } from "vitest";
// @ts-expect-error plain .mjs module without declarations, shared with scripts/start-server.mjs
import { supportedNodeFlags } from "./node-flags.mjs";

describe("supportedNodeFlags", () => {
  it("keeps the V8 flag the workers run with and leaves out one this Node refuses", () => {
    expect(supportedNodeFlags(["--heap-growing-percent=50", "--no-such-v8-flag=1"])).toEqual(["--heap-growing-percent=50"]);
  });
});
