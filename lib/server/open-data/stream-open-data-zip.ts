import "@/lib/server/server-only";
import { Readable } from "node:stream";
import { ZipFile } from "yazl";
import { parsePackage } from "@/lib/disclosure/package";
import { serializePackage } from "@/lib/disclosure/serialize";
import { fiscalDataPackage, LINE_ITEMS_CSV } from "@/lib/public/open-data/fiscal-data-package";
import { db } from "@/lib/server/db";
import { listOpenDataReports, type OpenDataReport } from "./list-open-data-reports";
import { streamLineItemsCsv } from "./stream-line-items-csv";

/**
 * The year's open data as one zip, streamed: datapackage.json first (so bytes flow at once), then
 * the line-item CSV, then every published package as {unitCode}-{year}.json. Each package is read
 * from the database only when the zip reaches it, so memory stays bounded.
 *
 * The stream is returned before the entry list is read: at 10,000 reports its keyset batches take
 * longer than the 1 s the first byte may wait (issue 15), and the zip writes datapackage.json and
 * the CSV meanwhile. Each batch adds its entries as it arrives (yazl takes entries until `end()`),
 * so the package entries keep unit-code order; a failed read ends the download with an error
 * instead of a zip that looks complete.
 */
export async function streamOpenDataZip(options: { year: number; baseUrl: string | null }): Promise<ReadableStream<Uint8Array>> {
  const { year } = options;
  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  // yazl reports a failed entry on the ZipFile, not on its output: pass it on to the reader.
  zip.on("error", (error: Error) => output.destroy(error));
  zip.addBuffer(Buffer.from(`${JSON.stringify(fiscalDataPackage(year, options.baseUrl), null, 2)}\n`), "datapackage.json");
  zip.addReadStreamLazy(LINE_ITEMS_CSV, (callback) => callback(null, untilDestroyed(Readable.fromWeb(streamLineItemsCsv({ year }) as never), output)));
  void addPackageEntries(zip, year, () => output.destroyed).then(
    () => zip.end(),
    (error: Error) => output.destroy(error),
  );
  return toWebStream(output);
}

/** One entry per published report of the year, added as the keyset batches of the (small) list rows arrive; stops when the reader went away. */
async function addPackageEntries(zip: ZipFile, year: number, cancelled: () => boolean): Promise<void> {
  let batch: OpenDataReport[] = await listOpenDataReports({ year, afterCode: "", limit: 1000 });
  while (batch.length > 0 && !cancelled()) {
    for (const report of batch) {
      zip.addReadStreamLazy(`${report.unitCode}-${year}.json`, (callback) => {
        packageText(report.revisionId).then(
          (text) => callback(null, Readable.from([Buffer.from(text)])),
          (error: Error) => callback(error, null as never),
        );
      });
    }
    batch = await listOpenDataReports({ year, afterCode: batch.at(-1)!.unitCode, limit: 1000 });
  }
}

/**
 * `source`, destroyed with the zip's output: yazl does not stop reading an entry when its output
 * is destroyed (the reader went away), so the CSV would go on querying the database for nobody,
 * and a query failing then (the database stopping) was an uncaught exception in the worker.
 */
function untilDestroyed(source: Readable, output: Readable): Readable {
  const stop = () => source.destroy();
  output.once("close", stop);
  source.once("close", () => output.off("close", stop));
  source.on("error", (error) => output.destroy(error));
  return source;
}

/**
 * A Node stream as a web stream with backpressure, safe when the client goes away: Node's own
 * Readable.toWeb throws "Controller is already closed" (uncaught) when data arrives after a cancel.
 */
function toWebStream(source: Readable): ReadableStream<Uint8Array> {
  let done = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      source.on("data", (chunk: Buffer) => {
        if (done) return;
        controller.enqueue(new Uint8Array(chunk));
        if ((controller.desiredSize ?? 1) <= 0) source.pause();
      });
      source.on("end", () => {
        if (!done) controller.close();
        done = true;
      });
      source.on("error", (error) => {
        if (!done) controller.error(error);
        done = true;
      });
    },
    pull() {
      source.resume();
    },
    cancel() {
      done = true;
      source.destroy();
    },
  });
}

async function packageText(revisionId: string): Promise<string> {
  const revision = await db().revision.findUniqueOrThrow({ where: { id: revisionId }, select: { package: true } });
  const parsed = parsePackage(revision.package);
  if (!parsed.ok) throw new Error("已公开的数据包无法读取");
  return serializePackage(parsed.package);
}
