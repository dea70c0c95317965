-- AlterTable
ALTER TABLE "units" ADD COLUMN     "name_initial" TEXT,
ADD COLUMN     "name_pinyin" TEXT;

-- DropIndex
DROP INDEX "reports_latest_published_at_idx";

-- CreateIndex
CREATE INDEX "reports_latest_published_at_year_idx" ON "reports"("latest_published_at", "year");

-- CreateIndex
CREATE INDEX "units_name_initial_name_pinyin_idx" ON "units"("name_initial", "name_pinyin");

-- CreateIndex
CREATE INDEX "units_updated_at_idx" ON "units"("updated_at");

-- The values are computed by the app (pinyin-pro), not in SQL: rows written before this
-- migration stay NULL until `npm run db:seed` or the next write of their name fills them in.
