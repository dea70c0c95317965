-- AlterTable
ALTER TABLE "revisions" ADD COLUMN     "glossary" JSONB;

