-- CreateTable
CREATE TABLE "published_line_sums" (
    "report_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "report_kind" NOT NULL,
    "unit_id" UUID NOT NULL,
    "section" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "class_key" TEXT NOT NULL,
    "amount" DECIMAL(16,2) NOT NULL,

    CONSTRAINT "published_line_sums_pkey" PRIMARY KEY ("report_id","section","field","class_key")
);

-- CreateIndex
CREATE INDEX "published_line_sums_year_kind_section_field_unit_id_class_k_idx" ON "published_line_sums"("year", "kind", "section", "field", "unit_id", "class_key", "amount");

-- AddForeignKey
ALTER TABLE "published_line_sums" ADD CONSTRAINT "published_line_sums_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The sums of the given reports' published revisions, set-based: the trigger below calls it for
-- one report, this migration for every report published before it, and a bulk loader that
-- disables the trigger (scripts/bench/scale-db.ts) for all it wrote.
CREATE FUNCTION "rewrite_published_line_sums"(report_ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  DELETE FROM "published_line_sums" WHERE "report_id" = ANY(report_ids);
  INSERT INTO "published_line_sums" ("report_id", "year", "kind", "unit_id", "section", "field", "class_key", "amount")
  SELECT r."id", r."year", r."kind", r."unit_id", li."section", li."field", coalesce(left(li."code", 3), ''), sum(li."amount")
  FROM "reports" r
  JOIN "line_items" li ON li."revision_id" = r."published_revision_id"
  WHERE r."id" = ANY(report_ids)
  GROUP BY r."id", li."section", li."field", coalesce(left(li."code", 3), '');
$$;

-- Rewritten whenever a report points at another published revision (publication, a published
-- correction) or moves (unit, year, kind). Line items are written before publication and frozen
-- with the revision, so the sums never go stale.
CREATE FUNCTION "write_published_line_sums"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "rewrite_published_line_sums"(ARRAY[NEW."id"]);
  RETURN NULL;
END $$;

CREATE TRIGGER "reports_write_published_line_sums"
AFTER INSERT OR UPDATE OF "published_revision_id", "unit_id", "year", "kind" ON "reports"
FOR EACH ROW EXECUTE FUNCTION "write_published_line_sums"();

-- The reports published before this migration.
SELECT "rewrite_published_line_sums"(ARRAY(SELECT "id" FROM "reports" WHERE "published_revision_id" IS NOT NULL));
