-- CreateEnum
CREATE TYPE "attachment_kind" AS ENUM ('STAMPED', 'SELF_EVALUATION');

-- CreateTable
CREATE TABLE "revision_attachments" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "revision_id" UUID NOT NULL,
    "kind" "attachment_kind" NOT NULL,
    "file_name" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploaded_by_id" UUID,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "revision_attachments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "revision_attachments_revision_id_kind_key" ON "revision_attachments"("revision_id", "kind");

-- AddForeignKey
ALTER TABLE "revision_attachments" ADD CONSTRAINT "revision_attachments_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "revisions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revision_attachments" ADD CONSTRAINT "revision_attachments_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand below.

-- PDFs are compressed already: store them out of line without trying to compress them again.
ALTER TABLE "revision_attachments" ALTER COLUMN "content" SET STORAGE EXTERNAL;

-- The attachments of a published revision are frozen with it, like its line items: no row is
-- added, changed or removed once the revision is PUBLISHED (a correction copies them into the
-- new draft revision, where they may be replaced). The 20 MB limit and the recorded size hold in
-- the database too, whatever writes the row (in the trigger: the schema test compares constraints
-- with schema.prisma, which cannot state a CHECK).
CREATE FUNCTION "revision_attachments_keep_published_frozen"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  target UUID;
BEGIN
  FOR target IN SELECT DISTINCT x FROM unnest(ARRAY[
    CASE WHEN TG_OP <> 'INSERT' THEN OLD."revision_id" END,
    CASE WHEN TG_OP <> 'DELETE' THEN NEW."revision_id" END]) AS x WHERE x IS NOT NULL
  LOOP
    IF EXISTS (SELECT 1 FROM "revisions" WHERE "id" = target AND "status" = 'PUBLISHED') THEN
      RAISE EXCEPTION 'attachments of published revision % cannot be changed', target;
    END IF;
  END LOOP;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  IF octet_length(NEW."content") NOT BETWEEN 1 AND 20971520 OR octet_length(NEW."content") <> NEW."byte_size" THEN
    RAISE EXCEPTION 'attachment % must be 1 byte to 20 MB and match its byte_size', NEW."file_name";
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "revision_attachments_published_frozen"
  BEFORE INSERT OR UPDATE OR DELETE ON "revision_attachments"
  FOR EACH ROW EXECUTE FUNCTION "revision_attachments_keep_published_frozen"();
