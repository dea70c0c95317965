import { describe, expect, it } from "vitest";
import { readOnlyNotice, STATUS_LABELS, type TReportStatus } from "./report-status";

describe("readOnlyNotice", () => {
  const all: TReportStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED"];

  it("never doubles 已 and never promises a return to a published report", () => {
    for (const s of all) expect(readOnlyNotice(s)).not.toContain("已已");
    expect(readOnlyNotice("PUBLISHED")).toBe("该报告已公开，公开的内容不能再修改。");
    expect(readOnlyNotice("PUBLISHED")).not.toContain("退回");
    expect(readOnlyNotice("SUBMITTED")).toBe("该报告已提交审核，当前为只读；审核人作出决定之前可以撤回，退回后也可以再修改。");
    expect(readOnlyNotice("DRAFT")).toBe(`该报告为${STATUS_LABELS.DRAFT}，您只能查看，不能修改。`);
  });
});
