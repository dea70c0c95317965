import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  abs,
  compare,
  divRoundHalfUp,
  formatPercentTenths,
  formatShare,
  formatWanNarrative,
  formatWanTable,
  formatYuan,
  formatYuanGrouped,
  parseYuan,
  percentTenths,
  sum,
  tryParseYuan,
} from "./money";

describe("parseYuan / formatYuan", () => {
  it("reads every form the schema accepts, exactly", () => {
    expect(parseYuan("2189400.00")).toBe(218_940_000n);
    expect(parseYuan("5")).toBe(500n);
    expect(parseYuan("5.5")).toBe(550n);
    expect(parseYuan("-0.5")).toBe(-50n);
    expect(parseYuan("-0.00")).toBe(0n);
    expect(parseYuan("99999999999999.99")).toBe(9_999_999_999_999_999n); // beyond 2^53: still exact
  });

  it("refuses anything else", () => {
    for (const bad of ["1.234", "abc", "", "1e5", "1,000", " 1", ".5", "5."]) {
      expect(() => parseYuan(bad)).toThrow(/不是有效的金额/);
      expect(tryParseYuan(bad)).toBeNull();
    }
  });

  it("formats 分 with exactly two decimals, and round-trips", () => {
    expect(formatYuan(218_940_000n)).toBe("2189400.00");
    expect(formatYuan(-5n)).toBe("-0.05");
    expect(formatYuan(0n)).toBe("0.00");
    expect(formatYuanGrouped(123_456_789n)).toBe("1,234,567.89");
    expect(formatYuanGrouped(-100n)).toBe("-1.00");
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), (f) => parseYuan(formatYuan(f)) === f));
  });
});

describe("万元, rounded half-up once from the exact value", () => {
  it("tables: always two decimals", () => {
    expect(formatWanTable(218_940_000n)).toBe("218.94");
    expect(formatWanTable(0n)).toBe("0.00");
    expect(formatWanTable(16_000_000n)).toBe("16.00");
  });

  it("half-up at exactly .xx5 万元 (= x5 元 ×100), down just below", () => {
    expect(formatWanTable(5_000n)).toBe("0.01"); // 50 元 = 0.005 万元
    expect(formatWanTable(4_999n)).toBe("0.00");
    expect(formatWanTable(12_345_000n)).toBe("12.35"); // 12.345 万元
    expect(formatWanTable(12_344_999n)).toBe("12.34");
    expect(formatWanNarrative(12_345_000n)).toBe("12.35");
  });

  it("negative differences round away from zero, symmetric to positives", () => {
    expect(formatWanTable(-12_345_000n)).toBe("-12.35");
    expect(formatWanTable(-5_000n)).toBe("-0.01");
    expect(formatWanTable(-4_999n)).toBe("0.00"); // no "-0.00"
    expect(formatWanNarrative(-3_980_000n)).toBe("-3.98");
  });

  it("narrative: trailing zeros dropped", () => {
    expect(formatWanNarrative(213_900_000n)).toBe("213.9");
    expect(formatWanNarrative(16_000_000n)).toBe("16");
    expect(formatWanNarrative(0n)).toBe("0");
    expect(formatWanNarrative(4_999n)).toBe("0");
    expect(formatWanNarrative(995_000n)).toBe("1"); // 0.995 → 1.00 → "1"
  });
});

describe("percentages, one decimal, half-up", () => {
  it("shares of the reference report", () => {
    expect(formatShare(202_940_000n, 218_940_000n)).toBe("92.7%");
    expect(formatShare(16_000_000n, 218_940_000n)).toBe("7.3%");
    expect(formatShare(218_940_000n, 218_940_000n)).toBe("100.0%");
  });

  it("half-up at exactly .x5 %", () => {
    expect(percentTenths(1235n, 10_000n)).toBe(124n); // 12.35% → 12.4%
    expect(percentTenths(1234n, 10_000n)).toBe(123n);
    expect(percentTenths(5n, 10_000n)).toBe(1n); // 0.05% → 0.1%
    expect(formatPercentTenths(5n)).toBe("0.5%");
  });

  it("a share of a zero total is 0%", () => {
    expect(percentTenths(5n, 0n)).toBeNull();
    expect(formatShare(0n, 0n)).toBe("0%");
    expect(formatShare(0n, 100n)).toBe("0.0%");
  });

  it("negative parts are symmetric", () => {
    expect(percentTenths(-1235n, 10_000n)).toBe(-124n);
    expect(formatPercentTenths(-124n)).toBe("-12.4%");
  });
});

describe("compare (year-on-year, budget vs actual)", () => {
  it("the reference report's −3.98 万元, −1.8%", () => {
    expect(compare(221_750_000n, 225_730_000n)).toEqual({ direction: "decrease", amount: 3_980_000n, percentTenths: 18n });
  });

  it("increase, flat, and no percentage against a zero base", () => {
    expect(compare(61_300_000n, 27_840_000n)).toEqual({ direction: "increase", amount: 33_460_000n, percentTenths: 1202n });
    expect(compare(5n, 5n)).toEqual({ direction: "flat", amount: 0n, percentTenths: 0n });
    expect(compare(5n, 0n)).toEqual({ direction: "increase", amount: 5n, percentTenths: null });
  });
});

describe("helpers", () => {
  it("divRoundHalfUp rounds half away from zero and needs a positive divisor", () => {
    expect(divRoundHalfUp(5n, 10n)).toBe(1n);
    expect(divRoundHalfUp(4n, 10n)).toBe(0n);
    expect(divRoundHalfUp(-5n, 10n)).toBe(-1n);
    expect(divRoundHalfUp(-4n, 10n)).toBe(0n);
    expect(() => divRoundHalfUp(1n, 0n)).toThrow();
    expect(() => divRoundHalfUp(1n, -2n)).toThrow();
  });

  it("sum and abs", () => {
    expect(sum([1n, 2n, -3n])).toBe(0n);
    expect(sum([])).toBe(0n);
    expect(abs(-7n)).toBe(7n);
  });

  it("rounding is applied once to the exact value (not twice)", () => {
    // 0.00445 万元 would become 0.0045 → 0.005 → 0.01 if rounded in two steps; once: 0.00.
    expect(formatWanTable(4_450n)).toBe("0.00");
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n }), (f) => {
        const hundredths = BigInt(formatWanTable(f).replace(".", ""));
        expect(abs(hundredths * 10_000n - f) * 2n <= 10_000n).toBe(true);
      }),
    );
  });
});

describe("parseYuan: the fast path and the exact path agree at their border", () => {
  it("reads amounts of every length exactly, past what a double holds", () => {
    expect(parseYuan("12345678901234.56")).toBe(1234567890123456n); // 16 digits in 分: exact path
    expect(parseYuan("1234567890123.45")).toBe(123456789012345n); // 15 digits: fast path
    expect(parseYuan("99999999999999.99")).toBe(9999999999999999n);
    expect(parseYuan("-0.00")).toBe(0n);
    expect(parseYuan("7.5")).toBe(750n);
    expect(parseYuan("-7.05")).toBe(-705n);
  });

  it("refuses what is not a plain decimal, on both paths", () => {
    for (const bad of ["", "-", "5.", ".5", "+5", "1e5", " 5", "5 ", "1,234.50", "1.234", "--5", "0x10"]) {
      expect(() => parseYuan(bad)).toThrow();
      expect(tryParseYuan(bad)).toBeNull();
    }
  });
});
