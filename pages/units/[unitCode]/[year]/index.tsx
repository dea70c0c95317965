import type { GetStaticPaths, GetStaticProps } from "next";
import { PublishedReportDocument, type PublishedReportProps } from "@/components/public/document/published-report-document";
import { publishedReportProps } from "@/lib/server/public/published-report-props";

// The newest published revision of a report, as a document without runtime JS (see the component).
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

// Nothing is prerendered at build time (the build has no database): rendered on first request,
// then kept until a publication expires it (lib/server/public/revalidate.ts).
export const getStaticPaths: GetStaticPaths = async () => ({ paths: [], fallback: "blocking" });

export const getStaticProps: GetStaticProps<PublishedReportProps> = ({ params }) =>
  publishedReportProps({ unitCode: String(params?.unitCode), year: String(params?.year) });

export default PublishedReportDocument;
