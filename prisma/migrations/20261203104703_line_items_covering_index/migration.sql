-- The year's aggregates (issue 15) read a published revision's rows of a section from this index
-- alone (index-only scan: field and amount are in the key); it replaces the index it extends, so
-- every query that used (revision_id, section, code) still has it as a prefix.

-- DropIndex
DROP INDEX "line_items_revision_id_section_code_idx";

-- CreateIndex
CREATE INDEX "line_items_revision_id_section_code_field_amount_idx" ON "line_items"("revision_id", "section", "code", "field", "amount");

