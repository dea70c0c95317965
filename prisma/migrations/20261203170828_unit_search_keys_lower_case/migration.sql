-- Hand-written: unit search keys in lower case. The trigger of unit_search_and_revision_summaries
-- lower-cased only the code, while the search (lib/server/public/unit-search-sql.ts) looks for
-- the keys of the lower-cased query, so a unit named with capital Latin letters ("CDC", "ABC
-- 协会") was never found, whatever the query's case. Name and short name are now lower-cased
-- too (PostgreSQL's lower(), the one the query side uses), and every unit's keys rewritten.
CREATE OR REPLACE FUNCTION "units_set_search_grams"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_grams" := "unit_search_grams"(lower(NEW."name" || E'\n' || NEW."short_name" || E'\n' || NEW."code"));
  RETURN NEW;
END;
$$;

UPDATE "units" SET "search_grams" = "unit_search_grams"(lower("name" || E'\n' || "short_name" || E'\n' || "code"));
