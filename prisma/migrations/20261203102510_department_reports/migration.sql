-- CreateEnum
CREATE TYPE "report_kind" AS ENUM ('UNIT', 'DEPARTMENT');

-- DropIndex
DROP INDEX "reports_unit_id_year_key";

-- AlterTable
ALTER TABLE "reports" ADD COLUMN     "kind" "report_kind" NOT NULL DEFAULT 'UNIT';

-- CreateIndex
CREATE UNIQUE INDEX "reports_unit_id_year_kind_key" ON "reports"("unit_id", "year", "kind");

