/**
 * The workspace's input contracts, shared by forms, server actions, routes and tests.
 * Messages are Chinese and name the field, because they are shown next to it.
 */
import { z } from "zod";
import { newPasswordProblem } from "./password-policy";

export const ZSignIn = z.object({
  loginName: z.string().trim().min(1, { error: "请输入登录名" }).max(100),
  password: z.string().min(1, { error: "请输入密码" }).max(200),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZChangePassword = z
  .object({
    currentPassword: z.string().min(1, { error: "请输入当前密码" }),
    newPassword: z
      .string()
      .max(200, { error: "新密码不能超过 200 个字符" })
      .superRefine((value, ctx) => {
        const problem = newPasswordProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], error: "两次输入的新密码不一致" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], error: "新密码不能与当前密码相同" });
export type TChangePassword = z.infer<typeof ZChangePassword>;

export const ZUnitCode = z.string().trim().min(1, { error: "请选择单位" }).max(64);
export const ZYear = z.coerce.number({ error: "年度必须是数字" }).int({ error: "年度必须是整数" }).min(2000).max(2100);
export const ZReportId = z.uuid({ error: "报告编号无效" });
export const ZVersion = z.coerce.number({ error: "版本号无效" }).int().min(1);

export const ZStartDraft = z.object({
  unitCode: ZUnitCode,
  year: ZYear,
  mode: z.enum(["empty", "previous"], { error: "请选择从空白开始还是从上年复制" }),
});
export type TStartDraft = z.infer<typeof ZStartDraft>;

/** The package itself is validated by the core's ZPackage inside the DAL, with JSON paths. */
export const ZSaveDraft = z.object({ reportId: ZReportId, version: ZVersion, package: z.unknown() });
export type TSaveDraft = z.infer<typeof ZSaveDraft>;

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** What the import says when no file was chosen, and when the chosen one is empty (browser and server). */
export const IMPORT_NO_FILE = "请选择要导入的文件";
export const IMPORT_EMPTY_FILE = "所选文件是空的（0 字节），没有可导入的内容，请检查后重新选择";
