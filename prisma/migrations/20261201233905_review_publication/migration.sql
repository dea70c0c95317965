-- AlterTable
ALTER TABLE "users" ADD COLUMN     "inbox_seen_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "revisions" ADD COLUMN     "returned_package" JSONB;

-- AlterTable
ALTER TABLE "comments" ADD COLUMN     "field_path" TEXT;

-- AlterTable
ALTER TABLE "audit_log" ADD COLUMN     "unit_id" UUID,
ADD COLUMN     "year" INTEGER;

-- CreateIndex
CREATE INDEX "reports_status_unit_id_idx" ON "reports"("status", "unit_id");

-- CreateIndex
CREATE INDEX "audit_log_unit_id_created_at_idx" ON "audit_log"("unit_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_log_action_created_at_idx" ON "audit_log"("action", "created_at");

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A published revision is frozen entirely (migration 0001 let a few columns such as updated_at
-- change): nothing writes to it again; a correction is a new revision.
CREATE OR REPLACE FUNCTION "revisions_keep_published_frozen"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'revision % is published and cannot be changed', OLD."id";
END;
$$;

-- A published revision is never deleted (migration 0001 already refuses changing it): a
-- correction is a new revision, and the public page links every earlier one.
CREATE FUNCTION "revisions_refuse_published_delete"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'revision % is published and cannot be deleted', OLD."id";
END;
$$;

CREATE TRIGGER "revisions_published_no_delete"
  BEFORE DELETE ON "revisions"
  FOR EACH ROW WHEN (OLD."status" = 'PUBLISHED')
  EXECUTE FUNCTION "revisions_refuse_published_delete"();

-- The line items of a published revision are frozen with it: no row is added, changed or
-- removed once its revision is PUBLISHED (they are written with the draft, before publication).
CREATE FUNCTION "line_items_keep_published_frozen"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  target UUID;
BEGIN
  FOR target IN SELECT DISTINCT x FROM unnest(ARRAY[
    CASE WHEN TG_OP <> 'INSERT' THEN OLD."revision_id" END,
    CASE WHEN TG_OP <> 'DELETE' THEN NEW."revision_id" END]) AS x WHERE x IS NOT NULL
  LOOP
    IF EXISTS (SELECT 1 FROM "revisions" WHERE "id" = target AND "status" = 'PUBLISHED') THEN
      RAISE EXCEPTION 'line items of published revision % cannot be changed', target;
    END IF;
  END LOOP;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "line_items_published_frozen"
  BEFORE INSERT OR UPDATE OR DELETE ON "line_items"
  FOR EACH ROW EXECUTE FUNCTION "line_items_keep_published_frozen"();
