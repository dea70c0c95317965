/**
 * The admin area's input contracts, shared by forms, server actions, the unit-list import and
 * tests. Messages are Chinese and name the field. Pure (browser-safe).
 */
import { z } from "zod";
import { ZYear } from "@/lib/workspace/schemas";

/** Admin lists: at most this many rows per page, whatever the query string asks. */
export const ADMIN_PAGE_SIZE_MAX = 50;

export const ZPageQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(ADMIN_PAGE_SIZE_MAX).catch(ADMIN_PAGE_SIZE_MAX).default(ADMIN_PAGE_SIZE_MAX),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过 ${max} 个字符` });

/** A unit code: letters, digits and hyphens, as used in public URLs (e.g. 430203-zgh). */
export const ZAdminUnitCode = z
  .string({ error: "请填写单位编码" })
  .trim()
  .min(1, { error: "请填写单位编码" })
  .max(64, { error: "单位编码不能超过 64 个字符" })
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, { error: "单位编码只能包含字母、数字和连字符" });

/** Empty text means "no parent" (a top-level unit). */
const ZParentCode = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => (v ? v : null));

export const ZUnitFields = z.object({
  code: ZAdminUnitCode,
  name: text("单位名称", 100),
  shortName: text("单位简称", 50),
  region: text("所属地区", 100),
  category: text("单位类别", 50),
  parentCode: ZParentCode,
});
export type TUnitFields = z.infer<typeof ZUnitFields>;

export const ZUpdateUnit = ZUnitFields.omit({ code: true }).extend({ unitCode: ZAdminUnitCode });
export type TUpdateUnit = z.infer<typeof ZUpdateUnit>;

export const ZUnitKey = z.object({ unitCode: ZAdminUnitCode });

export const ZSetUnitActive = z.object({ unitCode: ZAdminUnitCode, active: z.enum(["true", "false"]).transform((v) => v === "true") });

export const ROLES = ["CLERK", "REVIEWER", "ADMIN"] as const;

export const ZLoginName = z
  .string({ error: "请填写登录名" })
  .trim()
  .min(2, { error: "登录名至少 2 个字符" })
  .max(50, { error: "登录名不能超过 50 个字符" })
  .regex(/^[A-Za-z0-9._-]+$/, { error: "登录名只能包含字母、数字、点、下划线和连字符" });

const ZCheckbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.literal(""), z.boolean()])
  .optional()
  .transform((v) => v === "on" || v === "true" || v === true);

export const ZCreateUser = z.object({
  loginName: ZLoginName,
  displayName: text("姓名", 50),
  role: z.enum(ROLES, { error: "请选择角色" }),
  /** Optional first scope. */
  unitCode: ZParentCode,
  includeSubtree: ZCheckbox,
});
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZUpdateUser = z.object({
  loginName: ZLoginName,
  displayName: text("姓名", 50),
  role: z.enum(ROLES, { error: "请选择角色" }),
});

export const ZUserKey = z.object({ loginName: ZLoginName });

export const ZSetUserActive = z.object({ loginName: ZLoginName, active: z.enum(["true", "false"]).transform((v) => v === "true") });

export const ZUserScope = z.object({ loginName: ZLoginName, unitCode: ZAdminUnitCode, includeSubtree: ZCheckbox });

export const ZSaveFiscalYear = z.object({
  year: ZYear,
  publicationDeadline: z.iso.date({ error: "公开截止日期格式应为 YYYY-MM-DD" }),
  entryOpen: ZCheckbox,
});
export type TSaveFiscalYear = z.infer<typeof ZSaveFiscalYear>;

export const ZGlossary = z
  .array(z.object({ term: text("名词", 50), definition: text("解释", 500) }))
  .min(1, { error: "名词解释至少一条" })
  .max(100, { error: "名词解释最多 100 条" });

/**
 * The glossary as the admin edits it: one entry per line, 名词：解释 (full-width or ASCII colon).
 */
export const ZGlossaryText = z.object({
  glossary: z
    .string()
    .max(20_000, { error: "名词解释过长" })
    .transform((text, ctx) => {
      const entries = [];
      for (const [index, raw] of text.split(/\r?\n/).entries()) {
        const line = raw.trim();
        if (!line) continue;
        const match = /^([^：:]+)[：:](.+)$/.exec(line);
        if (!match) {
          ctx.addIssue({ code: "custom", message: `名词解释第 ${index + 1} 行应写成“名词：解释”` });
          return z.NEVER;
        }
        entries.push({ term: match[1].trim(), definition: match[2].trim() });
      }
      return entries;
    })
    .pipe(ZGlossary),
});

/** An uploaded list (units, codes); its kind is checked by content in the DAL. */
export const ZUploadedFile = z.instanceof(File, { error: "请选择文件" }).refine((f) => f.size > 0, { error: "请选择文件" });

export const ZUnitListUpload = z.object({ file: ZUploadedFile, commit: ZCheckbox });

export const ZCodeSetUpload = z.object({ file: ZUploadedFile, year: ZYear });
