import { describe, expect, it } from "vitest";
import { canTransition, isEditable, TRANSITIONS } from "./status-machine";

describe("status machine", () => {
  it("submits only drafts and returned drafts", () => {
    expect(canTransition("DRAFT", "submit")).toBe(true);
    expect(canTransition("RETURNED", "submit")).toBe(true);
    expect(canTransition("SUBMITTED", "submit")).toBe(false);
    expect(canTransition("PUBLISHED", "submit")).toBe(false);
  });
  it("keeps submitted, approved and published revisions read-only", () => {
    expect(["DRAFT", "RETURNED"].every((s) => isEditable(s as never))).toBe(true);
    expect(["SUBMITTED", "APPROVED", "PUBLISHED"].some((s) => isEditable(s as never))).toBe(false);
  });
  it("routes review: submitted → returned or approved → published", () => {
    expect(TRANSITIONS.return.to).toBe("RETURNED");
    expect(canTransition("SUBMITTED", "approve")).toBe(true);
    expect(canTransition("APPROVED", "publish")).toBe(true);
    expect(canTransition("DRAFT", "publish")).toBe(false);
  });
});
