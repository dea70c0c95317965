import type { GetStaticPaths, GetStaticProps } from "next";
import { PublishedReportDocument, type PublishedReportProps } from "@/components/public/document/published-report-document";
import { publishedReportProps } from "@/lib/server/public/published-report-props";

// The newest published department report (部门汇总) of a unit: a document like the unit report's page.
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = async () => ({ paths: [], fallback: "blocking" });

export const getStaticProps: GetStaticProps<PublishedReportProps> = ({ params }) =>
  publishedReportProps({ unitCode: String(params?.unitCode), year: String(params?.year), kind: "DEPARTMENT" });

export default PublishedReportDocument;
