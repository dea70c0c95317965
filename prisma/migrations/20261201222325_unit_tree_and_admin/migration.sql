-- AlterTable
ALTER TABLE "users" ADD COLUMN     "must_change_password" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "user_unit_scopes" ADD COLUMN     "include_subtree" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "fiscal_years" ADD COLUMN     "entry_open" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "unit_ancestors" (
    "ancestor_id" UUID NOT NULL,
    "descendant_id" UUID NOT NULL,
    "depth" INTEGER NOT NULL,

    CONSTRAINT "unit_ancestors_pkey" PRIMARY KEY ("ancestor_id","descendant_id")
);

-- CreateTable
CREATE TABLE "default_texts" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "default_texts_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "unit_ancestors_descendant_id_ancestor_id_idx" ON "unit_ancestors"("descendant_id", "ancestor_id");

-- AddForeignKey
ALTER TABLE "unit_ancestors" ADD CONSTRAINT "unit_ancestors_ancestor_id_fkey" FOREIGN KEY ("ancestor_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_ancestors" ADD CONSTRAINT "unit_ancestors_descendant_id_fkey" FOREIGN KEY ("descendant_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: the closure table is maintained by the database, whoever writes `units` (the app,
-- seeds, tests, raw SQL), so it can never disagree with parent_id.

-- A new unit: itself at depth 0, plus every ancestor of its parent one level further.
CREATE FUNCTION "units_closure_insert"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "unit_ancestors" ("ancestor_id", "descendant_id", "depth") VALUES (NEW."id", NEW."id", 0);
  IF NEW."parent_id" IS NOT NULL THEN
    INSERT INTO "unit_ancestors" ("ancestor_id", "descendant_id", "depth")
      SELECT a."ancestor_id", NEW."id", a."depth" + 1 FROM "unit_ancestors" a WHERE a."descendant_id" = NEW."parent_id";
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "units_closure_after_insert"
  AFTER INSERT ON "units"
  FOR EACH ROW EXECUTE FUNCTION "units_closure_insert"();

-- A unit moved to another parent: its whole subtree leaves the old ancestors and joins the new
-- ones. Moving a unit under itself or one of its descendants would make a cycle: refused.
CREATE FUNCTION "units_closure_move"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."parent_id" IS NOT NULL AND EXISTS (
    SELECT 1 FROM "unit_ancestors" WHERE "ancestor_id" = NEW."id" AND "descendant_id" = NEW."parent_id"
  ) THEN
    RAISE EXCEPTION 'unit % cannot be moved under itself or one of its descendants', NEW."id";
  END IF;
  DELETE FROM "unit_ancestors" d
    USING "unit_ancestors" sub, "unit_ancestors" up
    WHERE sub."ancestor_id" = NEW."id" AND d."descendant_id" = sub."descendant_id"
      AND up."descendant_id" = NEW."id" AND up."depth" > 0 AND d."ancestor_id" = up."ancestor_id";
  IF NEW."parent_id" IS NOT NULL THEN
    INSERT INTO "unit_ancestors" ("ancestor_id", "descendant_id", "depth")
      SELECT up."ancestor_id", sub."descendant_id", up."depth" + sub."depth" + 1
      FROM "unit_ancestors" up, "unit_ancestors" sub
      WHERE up."descendant_id" = NEW."parent_id" AND sub."ancestor_id" = NEW."id";
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "units_closure_after_move"
  AFTER UPDATE OF "parent_id" ON "units"
  FOR EACH ROW WHEN (OLD."parent_id" IS DISTINCT FROM NEW."parent_id")
  EXECUTE FUNCTION "units_closure_move"();

-- The units that exist already.
INSERT INTO "unit_ancestors" ("ancestor_id", "descendant_id", "depth")
WITH RECURSIVE "chain" ("ancestor_id", "descendant_id", "depth") AS (
  SELECT "id", "id", 0 FROM "units"
  UNION ALL
  SELECT u."parent_id", c."descendant_id", c."depth" + 1
  FROM "chain" c JOIN "units" u ON u."id" = c."ancestor_id"
  WHERE u."parent_id" IS NOT NULL
)
SELECT "ancestor_id", "descendant_id", "depth" FROM "chain";
