import { describe, expect, it } from "vitest";
import { ZAddComment } from "./review-schemas";

const REPORT = "7a0f5a3e-52a4-4c8f-9a55-1f3e2f6b1c11";

describe("ZAddComment", () => {
  it("takes a field in either spelling: by row index, or by code as the review diff links it", () => {
    for (const fieldPath of ["income[1].fiscal", "income[code=2010301].fiscal", "reasons.grandTotalChange"]) {
      const parsed = ZAddComment.safeParse({ reportId: REPORT, section: "income", fieldPath, body: "请核对" });
      expect(parsed.success, fieldPath).toBe(true);
      expect(parsed.data?.fieldPath).toBe(fieldPath);
    }
  });

  it("treats an empty field as none, and refuses a malformed one with a Chinese message", () => {
    expect(ZAddComment.parse({ reportId: REPORT, section: "income", fieldPath: "", body: "x" }).fieldPath).toBeUndefined();
    const bad = ZAddComment.safeParse({ reportId: REPORT, section: "income", fieldPath: "income[x]=1", body: "x" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toBe("字段路径无效");
  });
});
