import { describe, expect, it } from "vitest";
import { tocPageNumbers, type OutlineEntry } from "./report-outline";

const entries: OutlineEntry[] = [
  { id: "part1", label: "第一部分　某单位概况", level: 1 },
  { id: "g01", label: "公开01 收入支出决算总表", level: 2 },
  { id: "part5", label: "第五部分　附件", level: 1 },
];

describe("tocPageNumbers", () => {
  it("skips the 目录 and finds each heading in order, whatever the whitespace", () => {
    const pages = [
      "某单位2020年度部门决算", // cover
      "目录 第一部分 某单位概况 1 公开01 收入支出决算总表 2 第五部分 附件 3", // 目录
      "第一部分\u3000某单位\n概况 一、部门职责",
      "第二部分 公开01\n收入支出 决算总表",
      "公开01 收入支出决算总表（续）",
      "第五部分　附件",
    ];
    expect(Object.fromEntries(tocPageNumbers(pages, entries))).toEqual({ part1: 3, g01: 4, part5: 6 });
  });

  it("gives null for a heading it cannot find rather than a wrong page", () => {
    const pages = ["目录 第一部分某单位概况 公开01收入支出决算总表 第五部分附件", "第一部分 某单位概况", "第五部分 附件"];
    expect(Object.fromEntries(tocPageNumbers(pages, entries))).toEqual({ part1: 2, g01: null, part5: 3 });
  });
});
