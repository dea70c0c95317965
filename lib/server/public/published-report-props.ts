import "@/lib/server/server-only";
import type { GetStaticPropsResult } from "next";
import { toWire } from "@/lib/public/wire";
import { getPublishedReport } from "./get-published-report";

/** A day: the bound for caches that never hear of publications. A publication expires the page at once. */
const REVALIDATE_SECONDS = 86400;
/** An unknown or unpublished report's 404 is kept a minute, so that a crawler's guesses cost little. */
const NOT_FOUND_SECONDS = 60;

/** getStaticProps of the published report documents (pages/units/...): the report, or a 404. The route's segments, as text. */
export async function publishedReportProps(options: { unitCode: string; year: string; revision?: string; kind?: "UNIT" | "DEPARTMENT" }): Promise<GetStaticPropsResult<{ wire: string }>> {
  const { unitCode, year, revision, kind } = options;
  const notFound = { notFound: true, revalidate: NOT_FOUND_SECONDS } as const;
  if (!/^\d{4}$/.test(year) || (revision !== undefined && !/^\d{1,4}$/.test(revision))) return notFound;
  const data = await getPublishedReport({ unitCode, year: Number(year), revision: revision === undefined ? undefined : Number(revision), kind });
  if (!data) return notFound;
  return { props: { wire: toWire(data) }, revalidate: REVALIDATE_SECONDS };
}
