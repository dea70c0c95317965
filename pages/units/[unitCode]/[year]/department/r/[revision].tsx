import type { GetStaticPaths, GetStaticProps } from "next";
import { PublishedReportDocument, type PublishedReportProps } from "@/components/public/document/published-report-document";
import { publishedReportProps } from "@/lib/server/public/published-report-props";

// One published revision of the department report, frozen for good: the page its PDF prints
// (lib/server/public/render-pdf.ts), the same document as the newest revision's (../index.tsx).
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = async () => ({ paths: [], fallback: "blocking" });

export const getStaticProps: GetStaticProps<PublishedReportProps> = ({ params }) =>
  publishedReportProps({ unitCode: String(params?.unitCode), year: String(params?.year), revision: String(params?.revision), kind: "DEPARTMENT" });

export default PublishedReportDocument;
