-- AlterTable
-- A department report's consolidated units, frozen with the revision. The published-revision
-- trigger (revisions_published_frozen, migration review_publication) refuses every change to a
-- published row, this column included: it is written only while the revision is a draft.
ALTER TABLE "revisions" ADD COLUMN     "consolidated_units" JSONB;
