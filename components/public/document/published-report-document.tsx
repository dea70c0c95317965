import { ReportView } from "@/components/public/report/report-view";
import { reportMetadata } from "@/lib/public/report-metadata";
import { fromWire } from "@/lib/public/wire";
import type { PublishedReport } from "@/lib/public/types";
import islands from "@/lib/generated/islands.json";
import { DocumentHead } from "./document-head";

export interface PublishedReportProps {
  /** The PublishedReport in lib/public/wire.ts encoding (bigint and Date survive). */
  wire: string;
}

/**
 * A published report as a plain document: server-rendered HTML and one small chart loader
 * (scripts/build-islands.mjs), with no
 * React runtime and no hydration payload (config.unstable_runtimeJS = false on its pages). A
 * published revision never changes, so there is nothing on it for React to update.
 */
export function PublishedReportDocument({ wire }: PublishedReportProps) {
  const data = fromWire<PublishedReport>(wire);
  return (
    <>
      <DocumentHead {...reportMetadata(data)} />
      <ReportView data={data} />
      <script type="module" src={islands.chartLoader} async />
    </>
  );
}
