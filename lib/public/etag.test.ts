import { describe, expect, it } from "vitest";
import { etagMatches, etagOf } from "./etag";

describe("etag", () => {
  it("is a quoted digest that changes with the content", async () => {
    const a = await etagOf('{"a":1}');
    expect(a).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(await etagOf(new TextEncoder().encode('{"a":1}'))).toBe(a);
    expect(await etagOf('{"a":2}')).not.toBe(a);
  });

  it("matches If-None-Match lists, weak tags and *, and nothing else", () => {
    expect(etagMatches('"x"', '"x"')).toBe(true);
    expect(etagMatches('"y", W/"x"', '"x"')).toBe(true);
    expect(etagMatches("*", '"x"')).toBe(true);
    expect(etagMatches('"y"', '"x"')).toBe(false);
    expect(etagMatches(null, '"x"')).toBe(false);
  });
});
