import { describe, expect, it } from "vitest";
import { parseUnitLetter } from "@/lib/public/unit-letters";
import { namePinyin } from "./name-pinyin";

describe("namePinyin", () => {
  it("spells a unit name in toneless pinyin, reading polyphones as words", () => {
    expect(namePinyin("株洲市芦淞区总工会")).toBe("zhu zhou shi lu song qu zong gong hui");
    expect(namePinyin("长沙市教育局").startsWith("chang sha")).toBe(true);
    expect(namePinyin("重庆市财政局").startsWith("chong qing")).toBe(true);
    expect(namePinyin("绿化委员会").startsWith("lv")).toBe(true);
  });

  it("keeps what is not Chinese, lower-cased, so a Latin or digit start sorts and files under its own letter", () => {
    expect(namePinyin("ABC学会")[0]).toBe("a");
    expect(namePinyin(" 3号仓库")[0]).toBe("3");
  });
});

describe("parseUnitLetter", () => {
  it("accepts A–Z in either case and #, nothing else", () => {
    expect(parseUnitLetter("z")).toBe("Z");
    expect(parseUnitLetter("#")).toBe("#");
    expect(parseUnitLetter("ZZ")).toBeUndefined();
    expect(parseUnitLetter("")).toBeUndefined();
    expect(parseUnitLetter(undefined)).toBeUndefined();
  });
});
