import { describe, expect, it, vi } from "vitest";
import { AppError, errorBody } from "./errors";

describe("errorBody", () => {
  it("gives an AppError's code, status and message as { error: { code, message } }", () => {
    expect(errorBody(new AppError("BAD_REQUEST", { message: "年度应为四位数字" }))).toEqual({
      status: 400,
      body: { error: { code: "BAD_REQUEST", message: "年度应为四位数字" } },
    });
    expect(errorBody(new AppError("NOT_FOUND")).body.error).toEqual({ code: "NOT_FOUND", message: "未找到该页面或数据" });
  });

  it("hides anything unexpected behind INTERNAL and logs it", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const { status, body } = errorBody(new Error("connect ECONNREFUSED 127.0.0.1:5432"));
    expect(status).toBe(500);
    expect(body.error.code).toBe("INTERNAL");
    expect(JSON.stringify(body)).not.toContain("5432");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
