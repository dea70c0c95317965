import { describe, expect, it } from "vitest";
import type { TRole } from "@/lib/rules/actor";
import { readOnlyNotice } from "@/lib/rules/status-notice";
import { availableTransitions, canEdit, TRANSITIONS } from "@/lib/rules/status-machine";
import { STATUS_LABELS, type TReportStatus } from "@/lib/workspace/report-status";

const STATUSES = Object.keys(STATUS_LABELS).filter((s) => s !== "NONE") as TReportStatus[];
const ROLES: TRole[] = ["CLERK", "REVIEWER", "ADMIN"];
const LABELS = Object.values(TRANSITIONS).map((t) => t.label);

describe("readOnlyNotice, derived from the status machine", () => {
  it("for every status and role: the status named, never 已已, and only the transitions this role may start offered", () => {
    for (const status of STATUSES) {
      for (const role of ROLES) {
        if (canEdit({ role }, status)) continue; // the editor of a draft sees no notice
        const text = readOnlyNotice(status, { role });
        expect(text, `${status} ${role}`).not.toContain("已已");
        expect(text).toContain(`“${STATUS_LABELS[status]}”`);
        const offered = /；您可以([^（。]+)/.exec(text)?.[1] ?? "";
        const allowed = availableTransitions({ role }, status).map((t) => TRANSITIONS[t].label);
        for (const label of LABELS) if (offered.includes(label)) expect(allowed, `${status} ${role}: ${text}`).toContain(label);
        for (const label of allowed) expect(offered, `${status} ${role}: ${text}`).toContain(label);
      }
    }
  });

  it("a published report offers the clerk 发起更正 and never promises a return", () => {
    const text = readOnlyNotice("PUBLISHED", { role: "CLERK" });
    expect(text).toBe("该报告当前为“已公开”，内容不能修改；您可以发起更正（发起更正后可以再修改）。");
    for (const role of ROLES) expect(readOnlyNotice("PUBLISHED", { role })).not.toContain("退回");
  });

  it("words each status as the clerk and the reviewer read it", () => {
    expect(readOnlyNotice("SUBMITTED", { role: "CLERK" })).toBe("该报告当前为“已提交”，内容不能修改，退回后可以再修改；您可以撤回（撤回后可以再修改）。");
    expect(readOnlyNotice("APPROVED", { role: "CLERK" })).toBe("该报告当前为“已通过”，内容不能修改，等待发布。");
    expect(readOnlyNotice("SUBMITTED", { role: "REVIEWER" })).toBe("该报告当前为“已提交”，内容不能修改；您可以退回或审核通过。");
    expect(readOnlyNotice("PUBLISHED", { role: "REVIEWER" })).toBe("该报告当前为“已公开”，内容不能修改。");
    expect(readOnlyNotice("DRAFT", { role: "REVIEWER" })).toBe("该报告当前为“草稿”，您只能查看，不能修改。");
    expect(readOnlyNotice("RETURNED", { role: "REVIEWER" })).toBe("该报告当前为“已退回”，您只能查看，不能修改。");
  });

  it("offers only the transitions the reader may start: a department's own reviewer, who may not decide its department report, is offered none", () => {
    expect(readOnlyNotice("SUBMITTED", { role: "REVIEWER" }, [])).toBe("该报告当前为“已提交”，内容不能修改。");
    expect(readOnlyNotice("APPROVED", { role: "REVIEWER" }, [])).toBe("该报告当前为“已通过”，内容不能修改。");
    expect(readOnlyNotice("SUBMITTED", { role: "CLERK" }, ["withdraw"])).toBe(readOnlyNotice("SUBMITTED", { role: "CLERK" }));
  });
});
