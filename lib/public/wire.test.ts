import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromWire, toWire } from "./wire";

describe("toWire / fromWire", () => {
  it("round-trips nested objects and arrays with bigints, dates, null, strings and numbers", () => {
    const value = {
      total: 9_007_199_254_740_993n, // 2^53 + 1: not representable as a number
      refund: -123_456_789_012_345_678_901_234_567_890n,
      zero: 0n,
      publishedAt: new Date("2021-03-04T05:06:07.089Z"),
      note: null,
      name: "鹿松工会",
      count: 3,
      ratio: -1.25,
      rows: [
        { code: "2010101", amount: 100n, when: [new Date(0), new Date(-86_400_000)] },
        [1n, "2", 3, null, [[-4n]]],
      ],
    };
    const back = fromWire<typeof value>(toWire(value));
    expect(back).toEqual(value);
    expect(typeof back.total).toBe("bigint");
    expect(back.total).toBe(9_007_199_254_740_993n);
    expect(back.refund).toBe(-123_456_789_012_345_678_901_234_567_890n);
    expect(back.zero).toBe(0n);
    expect(back.publishedAt).toBeInstanceOf(Date);
    expect(back.publishedAt.getTime()).toBe(Date.parse("2021-03-04T05:06:07.089Z"));
    expect(back.rows[0]).toEqual({ code: "2010101", amount: 100n, when: [new Date(0), new Date(-86_400_000)] });
  });

  it("encodes bigints and dates as tagged objects in valid JSON", () => {
    const text = toWire({ a: 2n ** 64n, d: new Date("2020-01-02T00:00:00.000Z"), list: [-1n] });
    expect(JSON.parse(text)).toEqual({
      a: { $bigint: "18446744073709551616" },
      d: { $date: "2020-01-02T00:00:00.000Z" },
      list: [{ $bigint: "-1" }],
    });
  });

  it("round-trips a bigint or a date at the top level", () => {
    expect(fromWire(toWire(-42n))).toBe(-42n);
    const d = new Date("1999-12-31T23:59:59.999Z");
    const back = fromWire<Date>(toWire(d));
    expect(back).toBeInstanceOf(Date);
    expect(back.getTime()).toBe(d.getTime());
  });

  it("leaves objects that merely contain a $bigint or $date key among others alone", () => {
    const value = { $bigint: "12", other: 1 };
    const dated = { $date: "2020-01-01T00:00:00.000Z", kind: "x" };
    expect(fromWire(toWire(value))).toEqual({ $bigint: "12", other: 1 });
    expect(fromWire(toWire(dated))).toEqual({ $date: "2020-01-01T00:00:00.000Z", kind: "x" });
    expect(fromWire<{ $bigint: unknown }>(toWire(value)).$bigint).toBe("12");
    // Arrays are never tags, even of one element.
    expect(fromWire(toWire(["12"]))).toEqual(["12"]);
  });

  it("property: fromWire(toWire(x)) deep-equals x and the text is always valid JSON", () => {
    const key = fc.string().filter((k) => k !== "$bigint" && k !== "$date");
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.bigInt(),
        fc.date({ noInvalidDate: true }),
        fc.string(),
        fc.integer(),
        fc.constant(null),
        fc.array(tie("value"), { maxLength: 5 }),
        fc.dictionary(key, tie("value"), { maxKeys: 5 }),
      ),
    }));
    fc.assert(
      fc.property(value, (x) => {
        const text = toWire(x);
        expect(typeof text).toBe("string");
        expect(() => JSON.parse(text)).not.toThrow();
        expect(fromWire(text)).toEqual(x);
      }),
      { numRuns: 300 },
    );
  });
});
