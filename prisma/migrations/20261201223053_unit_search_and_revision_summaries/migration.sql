-- AlterTable
ALTER TABLE "units" ADD COLUMN     "search_grams" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "revision_summaries" (
    "revision_id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "report_status" NOT NULL,
    "blocking_errors" INTEGER NOT NULL,
    "warnings" INTEGER NOT NULL,
    "grand_total" DECIMAL(16,2) NOT NULL,
    "income_total" DECIMAL(16,2) NOT NULL,
    "expenditure_total" DECIMAL(16,2) NOT NULL,
    "fiscal_grand_total" DECIMAL(16,2) NOT NULL,
    "general_budget_expenditure" DECIMAL(16,2) NOT NULL,
    "three_public_actual" DECIMAL(16,2) NOT NULL,
    "operating_costs" DECIMAL(16,2) NOT NULL,
    "submitted_at" TIMESTAMPTZ(3),
    "submitted_by_id" UUID,
    "published_at" TIMESTAMPTZ(3),
    "first_published_at" TIMESTAMPTZ(3),
    "revision_updated_at" TIMESTAMPTZ(3) NOT NULL,
    "written_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "revision_summaries_pkey" PRIMARY KEY ("revision_id")
);

-- CreateIndex
CREATE INDEX "revision_summaries_report_id_idx" ON "revision_summaries"("report_id");

-- CreateIndex
CREATE INDEX "revision_summaries_status_submitted_at_idx" ON "revision_summaries"("status", "submitted_at");

-- CreateIndex
CREATE INDEX "revision_summaries_year_status_idx" ON "revision_summaries"("year", "status");

-- CreateIndex
CREATE INDEX "units_search_grams_idx" ON "units" USING GIN ("search_grams");

-- CreateIndex
CREATE INDEX "units_region_code_idx" ON "units"("region", "code");

-- CreateIndex
CREATE INDEX "units_category_code_idx" ON "units"("category", "code");

-- CreateIndex
CREATE INDEX "reports_latest_published_at_idx" ON "reports"("latest_published_at");

-- AddForeignKey
ALTER TABLE "revision_summaries" ADD CONSTRAINT "revision_summaries_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "revisions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revision_summaries" ADD CONSTRAINT "revision_summaries_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written (docs/decisions/004-revision-summaries.md): unit search keys. pg_trgm extracts no
-- trigrams from Chinese text in a database with the C locale (the embedded PostgreSQL's), so the
-- keys are our own: every character and every pair of adjacent characters of name, short name
-- and lower-case code. A query's keys must all be present (GIN `@>`), then LIKE confirms the
-- substring. Plain SQL, no extension: the same on PostgreSQL 15 and 18.
CREATE FUNCTION "unit_search_grams"(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT g), ARRAY[]::text[]) FROM (
    SELECT substr(t, i, 1) AS g FROM generate_series(1, char_length(t)) AS i
    UNION ALL
    SELECT substr(t, i, 2) FROM generate_series(1, char_length(t) - 1) AS i
  ) AS grams
  WHERE g !~ '\s'
$$;

CREATE FUNCTION "units_set_search_grams"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_grams" := "unit_search_grams"(NEW."name" || E'\n' || NEW."short_name" || E'\n' || lower(NEW."code"));
  RETURN NEW;
END;
$$;

CREATE TRIGGER "units_search_grams" BEFORE INSERT OR UPDATE ON "units"
FOR EACH ROW EXECUTE FUNCTION "units_set_search_grams"();

UPDATE "units" SET "search_grams" = "unit_search_grams"("name" || E'\n' || "short_name" || E'\n' || lower("code"));
