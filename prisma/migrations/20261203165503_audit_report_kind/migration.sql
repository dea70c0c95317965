-- AlterTable
ALTER TABLE "audit_log" ADD COLUMN     "report_kind" "report_kind";


-- The entries written before this migration get their report's kind from their target: a revision
-- (saves, imports, transitions, attachments), a report (report.create) or a comment on a revision.
-- Only the new column is filled; nothing recorded changes. The append-only trigger is off for these
-- three statements alone, inside this migration's transaction.
ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_no_update_delete";

UPDATE "audit_log" a SET "report_kind" = r."kind"
FROM "revisions" v JOIN "reports" r ON r."id" = v."report_id"
WHERE a."target_type" = 'Revision' AND a."target_id" = v."id"::text;

UPDATE "audit_log" a SET "report_kind" = r."kind"
FROM "reports" r
WHERE a."target_type" = 'Report' AND a."target_id" = r."id"::text;

UPDATE "audit_log" a SET "report_kind" = r."kind"
FROM "comments" c JOIN "revisions" v ON v."id" = c."revision_id" JOIN "reports" r ON r."id" = v."report_id"
WHERE a."target_type" = 'Comment' AND a."target_id" = c."id"::text;

ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_no_update_delete";
