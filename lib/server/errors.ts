/**
 * Typed errors. Every expected failure is an AppError with a code; the code decides the HTTP
 * status and the Chinese message a person sees. Anything else is unexpected: logged, and shown
 * only as the generic message (no internal text reaches a user).
 *
 * Pure module (no "server-only") so that vitest and tsx scripts can import it.
 */
import { isDatabaseUnavailable } from "./db-unavailable";
import { markDatabaseDown } from "./http/database-outage";

export const ERROR_CODES = {
  UNAUTHENTICATED: { status: 401, message: "请先登录" },
  // Out of scope and missing are the same thing to the caller: never reveal that a row exists.
  NOT_FOUND: { status: 404, message: "未找到该页面或数据" },
  FORBIDDEN: { status: 403, message: "您没有执行此操作的权限" },
  INVALID_INPUT: { status: 400, message: "输入有误，请检查标出的字段" },
  // A bad URL or query parameter of the public API; the message names the parameter.
  BAD_REQUEST: { status: 400, message: "请求参数有误" },
  STALE_VERSION: {
    status: 409,
    message: "保存失败：该草稿已被他人（或另一个窗口）修改。您的输入仍保留在页面上，请复制后刷新页面再合并保存。",
  },
  INVALID_TRANSITION: { status: 409, message: "当前状态下不能执行此操作" },
  READ_ONLY: { status: 409, message: "该报告已提交或已公开，当前不能修改" },
  BLOCKING_ERRORS: { status: 422, message: "仍有阻止提交的错误，请先修正后再提交" },
  ALREADY_EXISTS: { status: 409, message: "该年度的报告已存在" },
  FILE_TOO_LARGE: { status: 413, message: "文件超过 5 MB，请检查后重新选择" },
  UNSUPPORTED_FILE: { status: 415, message: "只能导入 .xlsx 或 .json 文件" },
  IMPORT_INVALID: { status: 422, message: "导入文件有错误，未做任何修改" },
  WRONG_PASSWORD: { status: 400, message: "当前密码不正确" },
  FORBIDDEN_ORIGIN: { status: 403, message: "请求来源无效：请从本站页面提交" },
  UNAVAILABLE: { status: 503, message: "服务暂时不可用，请稍后再试" },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: "请先修改管理员发给您的初始密码" },
  HAS_REPORTS: { status: 409, message: "该单位已有报告，不能删除，只能停用" },
  INTERNAL: { status: 500, message: "系统出现意外错误，请稍后重试" },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Extra data a form may show, e.g. field errors or import issues. */
  readonly details?: unknown;

  constructor(code: ErrorCode, options: { message?: string; details?: unknown } = {}) {
    super(options.message ?? ERROR_CODES[code].message);
    this.name = "AppError";
    this.code = code;
    this.details = options.details;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** The code, status and user-facing message for any thrown value; unexpected errors are logged. */
export function describeError(error: unknown): { code: ErrorCode; status: number; message: string } {
  if (isAppError(error)) return { code: error.code, status: error.status, message: error.message };
  if (isDatabaseUnavailable(error)) {
    markDatabaseDown();
    console.error("Database unavailable:", error instanceof Error ? error.message : String(error));
    return { code: "UNAVAILABLE", status: 503, message: ERROR_CODES.UNAVAILABLE.message };
  }
  console.error("Unexpected error", error);
  return { code: "INTERNAL", status: 500, message: ERROR_CODES.INTERNAL.message };
}

/** The one JSON body of an error, for every route handler: `{ error: { code, message } }`. */
export type ErrorBody = { error: { code: ErrorCode; message: string } };

export function errorBody(error: unknown): { status: number; body: ErrorBody } {
  const { code, status, message } = describeError(error);
  return { status, body: { error: { code, message } } };
}
