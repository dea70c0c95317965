import { describe, expect, it } from "vitest";
import { auditActionLabel } from "./audit-labels";

describe("auditActionLabel", () => {
  it("names report actions and administration alike in Chinese", () => {
    expect(auditActionLabel("report.withdraw")).toBe("撤回");
    expect(auditActionLabel("revision.consolidate")).toBe("刷新汇总");
    expect(auditActionLabel("seed.create")).toBe("写入示例数据");
    expect(auditActionLabel("user.create")).toBe("新建用户");
    expect(auditActionLabel("unit.importList")).toBe("导入单位名录");
  });
  it("shows an action it does not know as recorded", () => {
    expect(auditActionLabel("x.unknown")).toBe("x.unknown");
  });
});
