import { describe, expect, it } from "vitest";
import {
  SECTION_11_WORDS,
  YEAR_ON_YEAR_WORDS,
  asSentence,
  becauseClause,
  budgetComparisonPhrase,
  changeAmountPhrase,
  chineseNumeral,
  cleanReason,
  completionPhrase,
  freeTextParagraphs,
  share,
  wan,
  yearOnYearPhrase,
} from "./phrases";
import { fen } from "./testing";

describe("wan: 元/10000, half-up to two decimals, trailing zeros dropped", () => {
  it.each([
    ["2139000.00", "213.9万元"],
    ["160000.00", "16万元"],
    ["0.00", "0万元"],
    ["2189400.00", "218.94万元"],
    ["12345.00", "1.23万元"], // 1.2345 → 1.23
    ["12350.00", "1.24万元"], // 1.235 → 1.24: exactly .x5 rounds up
    ["12349.99", "1.23万元"], // just below the half
    ["49.99", "0万元"], // 0.004999 → 0
    ["50.00", "0.01万元"], // 0.005 → 0.01
    ["4999.99", "0.5万元"],
    ["99995.00", "10万元"], // 9.9995 → 10.00 → 10
    ["100000000000.01", "10000000万元"],
  ])("%s 元 → %s", (yuan, text) => {
    expect(wan(fen(yuan))).toBe(text);
  });
});

describe("share: half-up to one decimal, always shown; zero total is 0%", () => {
  it.each([
    ["2029400.00", "2189400.00", "92.7%"],
    ["160000.00", "2189400.00", "7.3%"],
    ["2189400.00", "2189400.00", "100.0%"],
    ["1.00", "16.00", "6.3%"], // 6.25 → 6.3
    ["1.00", "3.00", "33.3%"],
    ["0.00", "5.00", "0.0%"],
    ["0.00", "0.00", "0%"],
    ["5.00", "0.00", "0%"],
  ])("%s of %s = %s", (part, whole, text) => {
    expect(share(fen(part), fen(whole))).toBe(text);
  });
});

describe("changeAmountPhrase", () => {
  it("decrease with percentage (§1 vocabulary)", () => {
    expect(changeAmountPhrase(fen("2217500"), fen("2257300"), YEAR_ON_YEAR_WORDS)).toBe("减少3.98万元，减少1.8%");
  });
  it("§11 vocabulary says 降低", () => {
    expect(changeAmountPhrase(fen("613000"), fen("643800"), SECTION_11_WORDS)).toBe("减少3.08万元，降低4.8%");
    expect(changeAmountPhrase(fen("613000"), fen("278400"), SECTION_11_WORDS)).toBe("增加33.46万元，增长120.2%");
  });
  it("a zero base has no percentage", () => {
    expect(changeAmountPhrase(fen("50000"), 0n, YEAR_ON_YEAR_WORDS)).toBe("增加5万元");
  });
  it("a drop to zero is 100.0%", () => {
    expect(changeAmountPhrase(0n, fen("50000"), YEAR_ON_YEAR_WORDS)).toBe("减少5万元，减少100.0%");
  });
  it("equal is null", () => {
    expect(changeAmountPhrase(fen("1"), fen("1"), YEAR_ON_YEAR_WORDS)).toBeNull();
  });
  it("the percentage comes from exact values, not rounded ones", () => {
    // 1.004 万 → 1.005 万: each rounds to 1 / 1.01 (1% apparent) but the change is 0.1 元 of 10040 元.
    expect(changeAmountPhrase(fen("10050.00"), fen("10040.00"), YEAR_ON_YEAR_WORDS)).toBe("增加0万元，增长0.1%");
  });
});

describe("yearOnYearPhrase", () => {
  it("with and without a subject", () => {
    expect(yearOnYearPhrase(fen("120000"), fen("100000"))).toBe("与上年相比，增加2万元，增长20.0%");
    expect(yearOnYearPhrase(fen("80000"), fen("100000"), "一般公共预算财政拨款支出")).toBe("与上年相比，一般公共预算财政拨款支出减少2万元，减少20.0%");
  });
  it("flat", () => {
    expect(yearOnYearPhrase(0n, 0n)).toBe("与上年持平");
    expect(yearOnYearPhrase(fen("5"), fen("5"), "X")).toBe("与上年持平");
  });
  it("no prior figure: no phrase", () => {
    expect(yearOnYearPhrase(fen("5"), null)).toBeNull();
  });
});

describe("completionPhrase", () => {
  it("only when both are non-zero", () => {
    expect(completionPhrase(fen("2336400"), fen("2189400"))).toBe("完成年初预算的93.7%");
    expect(completionPhrase(fen("100"), fen("100"))).toBe("完成年初预算的100.0%");
    expect(completionPhrase(0n, fen("100"))).toBeNull();
    expect(completionPhrase(fen("100"), 0n)).toBeNull();
  });
});

describe("budgetComparisonPhrase", () => {
  it("greater, smaller, equal", () => {
    expect(budgetComparisonPhrase(0n, 1n, "追加预算")).toBe("决算数大于年初预算数的主要原因是：追加预算");
    expect(budgetComparisonPhrase(2n, 1n, "指标调整。")).toBe("决算数小于年初预算数的主要原因是：指标调整");
    expect(budgetComparisonPhrase(1n, 1n, "不该出现")).toBe("决算数与年初预算数持平");
  });
  it("without a reason states the comparison only", () => {
    expect(budgetComparisonPhrase(0n, 1n, undefined)).toBe("决算数大于年初预算数");
    expect(budgetComparisonPhrase(0n, 1n, "  。")).toBe("决算数大于年初预算数");
  });
});

describe("reasons", () => {
  it("never doubles punctuation or the lead-in", () => {
    expect(becauseClause("疫情影响。")).toBe("，主要是因为疫情影响");
    expect(becauseClause("疫情影响；")).toBe("，主要是因为疫情影响");
    expect(becauseClause("主要是因为疫情影响")).toBe("，主要是因为疫情影响");
    expect(cleanReason("主要原因是：政策调整")).toBe("政策调整");
    expect(cleanReason(" 人员增加，")).toBe("人员增加");
    expect(cleanReason("人员增加\n编制调整！")).toBe("人员增加编制调整");
  });
  it("missing reasons print nothing", () => {
    expect(becauseClause(undefined)).toBe("");
    expect(becauseClause("")).toBe("");
    expect(becauseClause(" 。 ")).toBe("");
  });
});

describe("free text", () => {
  it("one paragraph per non-empty line, each closed once", () => {
    expect(freeTextParagraphs("第一段\n\n 第二段。 \n")).toEqual(["第一段。", "第二段。"]);
    expect(freeTextParagraphs("")).toEqual([]);
    expect(asSentence("真好！")).toBe("真好！");
    expect(asSentence("见附件，")).toBe("见附件。");
  });
});

describe("chineseNumeral", () => {
  it.each([
    [1, "一"],
    [9, "九"],
    [10, "十"],
    [11, "十一"],
    [20, "二十"],
    [23, "二十三"],
  ])("%i → %s", (n, text) => {
    expect(chineseNumeral(n)).toBe(text);
  });
});
