/**
 * The review's input contracts (decisions, comments, filters), shared by the forms, the server
 * actions, the DAL and the tests. Messages are Chinese and name the field.
 */
import { z } from "zod";
import { isFieldPathSyntax } from "@/lib/disclosure/fields/paths";
import { ZReportId, ZVersion, ZYear } from "./schemas";

export const COMMENT_MAX = 2000;
export const CHANGE_NOTE_MAX = 500;

const ZComment = (required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .max(COMMENT_MAX, { error: `意见不能超过 ${COMMENT_MAX} 个字` });

/** A ticked checkbox: true from a client component, "on" from a plain form. */
const ZTicked = (message: string) => z.union([z.literal(true), z.literal("on")], { error: message }).transform(() => true as const);

/** What each decision needs besides the report and its version. */
export const ZTransitionRequest = z.discriminatedUnion("transition", [
  z.object({ transition: z.literal("submit") }),
  z.object({ transition: z.literal("withdraw") }),
  z.object({ transition: z.literal("return"), comment: ZComment("退回时必须填写退回意见") }),
  z.object({ transition: z.literal("approve") }),
  z.object({
    transition: z.literal("publish"),
    secrecyReviewed: ZTicked("请勾选“保密审查已完成”后再发布"),
    headApproved: ZTicked("请勾选“单位负责人已审签”后再发布"),
  }),
  z.object({
    transition: z.literal("correct"),
    changeNote: z
      .string({ error: "请填写更正说明" })
      .trim()
      .min(1, { error: "请填写更正说明" })
      .max(CHANGE_NOTE_MAX, { error: `更正说明不能超过 ${CHANGE_NOTE_MAX} 个字` }),
  }),
]);
export type TTransitionRequest = z.infer<typeof ZTransitionRequest>;

export const ZTransitionInput = z.intersection(z.object({ reportId: ZReportId, version: ZVersion }), ZTransitionRequest);

/** A remark on a part of the report, or on one field of it (its package path). */
export const ZAddComment = z.object({
  reportId: ZReportId,
  section: z.string().trim().min(1, { error: "请选择批注的部分" }).max(40),
  fieldPath: z
    .string()
    .trim()
    .refine((v) => v === "" || isFieldPathSyntax(v), { error: "字段路径无效" })
    .optional()
    .transform((v) => (v ? v : undefined)),
  body: ZComment("请填写批注内容"),
});
export type TAddComment = z.infer<typeof ZAddComment>;

export const ZResolveComment = z.object({ commentId: z.uuid({ error: "批注编号无效" }) });

export const PAGE_SIZE_MAX = 100;
export const ZPage = z.coerce.number().int().min(1).max(100_000).catch(1);

/** The queue's filters, from the URL (anything malformed falls back to no filter). */
export const ZQueueFilter = z.object({
  year: ZYear.optional().catch(undefined),
  status: z.enum(["SUBMITTED", "APPROVED", "RETURNED"]).optional().catch(undefined),
  page: ZPage,
});
export type TQueueFilter = z.infer<typeof ZQueueFilter>;

export const AUDIT_ACTIONS = [
  "report.create",
  "revision.save",
  "revision.import",
  "revision.consolidate",
  "report.submit",
  "report.withdraw",
  "report.return",
  "report.approve",
  "report.publish",
  "report.correct",
  "comment.add",
  "comment.resolve",
  "attachment.upload",
  "attachment.delete",
] as const;

export const ZAuditFilter = z.object({
  unitCode: z
    .string()
    .trim()
    .max(64)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  year: ZYear.optional().catch(undefined),
  actor: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  /** `unit` or `department` (as the review page's `?kind=department`): entries about that kind of report only. */
  kind: z
    .preprocess((v) => (v === "unit" || v === "department" ? v.toUpperCase() : v), z.enum(["UNIT", "DEPARTMENT"]))
    .optional()
    .catch(undefined),
  page: ZPage,
});
export type TAuditFilter = z.infer<typeof ZAuditFilter>;
