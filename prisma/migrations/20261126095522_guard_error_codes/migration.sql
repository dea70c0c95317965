-- Raise the guards' errors with the default SQLSTATE (P0001, raise_exception) instead of
-- 23001 (restrict_violation): Prisma reports any 23xxx as "Foreign key constraint violated"
-- and drops our message, while for P0001 it shows the message. Same rules as before.

CREATE OR REPLACE FUNCTION "audit_log_reject_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE OR REPLACE FUNCTION "revisions_keep_published_frozen"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."package" IS DISTINCT FROM OLD."package"
     OR NEW."status" IS DISTINCT FROM OLD."status"
     OR NEW."report_id" IS DISTINCT FROM OLD."report_id"
     OR NEW."number" IS DISTINCT FROM OLD."number"
     OR NEW."change_note" IS DISTINCT FROM OLD."change_note" THEN
    RAISE EXCEPTION 'revision % is published and cannot be changed', OLD."id";
  END IF;
  RETURN NEW;
END;
$$;
