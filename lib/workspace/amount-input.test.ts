import { describe, expect, it } from "vitest";
import { parseAmountInput } from "./amount-input";

describe("parseAmountInput", () => {
  it.each([
    ["1,234.5", "1234.50"],
    ["1234.5", "1234.50"],
    ["  2189400 ", "2189400.00"],
    ["", "0.00"],
    ["0.07", "0.07"],
    ["-12", "-12.00"],
    ["1，234", "1234.00"],
  ])("accepts %j as %j", (input, value) => {
    expect(parseAmountInput(input)).toEqual({ ok: true, value });
  });

  it.each(["12,34", "1.234", "abc", "1e5", "1,234,5", "12.", "¥12", "1 234"])("refuses %j", (input) => {
    const result = parseAmountInput(input);
    expect(result.ok).toBe(false);
  });
});
