import { describe, expect, it } from "vitest";
import { availableTransitions, canEdit, canTransition, editableStatuses, transitionRefusal, TRANSITIONS } from "./status-machine";

const clerk = { role: "CLERK" } as const;
const reviewer = { role: "REVIEWER" } as const;
const admin = { role: "ADMIN" } as const;

describe("status machine", () => {
  it("submits only drafts and returned drafts", () => {
    expect(canTransition("DRAFT", "submit")).toBe(true);
    expect(canTransition("RETURNED", "submit")).toBe(true);
    expect(canTransition("SUBMITTED", "submit")).toBe(false);
    expect(canTransition("PUBLISHED", "submit")).toBe(false);
  });
  it("lets clerks and admins edit drafts and returned drafts only; reviewers never", () => {
    expect(editableStatuses()).toEqual(["DRAFT", "RETURNED"]);
    for (const s of ["DRAFT", "RETURNED"] as const) {
      expect(canEdit(clerk, s)).toBe(true);
      expect(canEdit(admin, s)).toBe(true);
      expect(canEdit(reviewer, s)).toBe(false);
    }
    for (const s of ["SUBMITTED", "APPROVED", "PUBLISHED"] as const) expect(canEdit(clerk, s)).toBe(false);
  });
  it("routes review: submitted → returned or approved → published → corrected", () => {
    expect(TRANSITIONS.return.to).toBe("RETURNED");
    expect(canTransition("SUBMITTED", "approve")).toBe(true);
    expect(canTransition("APPROVED", "publish")).toBe(true);
    expect(canTransition("DRAFT", "publish")).toBe(false);
    expect(canTransition("PUBLISHED", "correct")).toBe(true);
    expect(TRANSITIONS.correct.to).toBe("DRAFT");
  });
  it("withdraws only a submission nobody has decided on, back to a draft", () => {
    expect(TRANSITIONS.withdraw.to).toBe("DRAFT");
    expect(canTransition("SUBMITTED", "withdraw")).toBe(true);
    for (const s of ["DRAFT", "RETURNED", "APPROVED", "PUBLISHED"] as const) expect(canTransition(s, "withdraw")).toBe(false);
    expect(transitionRefusal("APPROVED", "withdraw")).toBe("该报告当前为“已通过”，不能撤回：只有已提交的报告可以撤回");
  });
  it("offers each role only its own decisions", () => {
    expect(availableTransitions(reviewer, "SUBMITTED")).toEqual(["return", "approve"]);
    // The clerk may take a submission back (撤回) until the reviewer has decided.
    expect(availableTransitions(clerk, "SUBMITTED")).toEqual(["withdraw"]);
    expect(availableTransitions(clerk, "APPROVED")).toEqual([]);
    expect(availableTransitions(clerk, "RETURNED")).toEqual(["submit"]);
    expect(availableTransitions(clerk, "PUBLISHED")).toEqual(["correct"]);
    expect(availableTransitions(reviewer, "APPROVED")).toEqual(["publish"]);
    expect(availableTransitions(admin, "APPROVED")).toEqual(["publish"]);
  });
  it("refuses in Chinese naming the status", () => {
    expect(transitionRefusal("DRAFT", "publish")).toBe("该报告当前为“草稿”，不能发布：只有已通过的报告可以发布");
    expect(transitionRefusal("SUBMITTED", "submit")).toBe("该报告当前为“已提交”，不能提交审核：只有草稿或已退回的报告可以提交审核");
  });
});
