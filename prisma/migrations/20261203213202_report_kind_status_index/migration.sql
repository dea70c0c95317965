-- CreateIndex
CREATE INDEX "reports_kind_status_idx" ON "reports"("kind", "status");

