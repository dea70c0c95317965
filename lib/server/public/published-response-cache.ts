import "@/lib/server/server-only";
import { etagOf } from "@/lib/public/etag";

/** What a worker keeps of one rendered answer: its bytes and their tag. */
export interface CachedBody {
  body: Uint8Array;
  etag: string;
}

/**
 * Rendered public answers kept in this worker's memory, keyed by the publication state they were
 * rendered from (the caller builds a key that changes whenever anything the answer shows can
 * change), least recently used out first, bounded by bytes. A stale key is never read again and
 * ages out. Per worker, like the report pages' cache (lib/server/cache/page-cache-handler.mjs).
 */
export class PublishedResponseCache {
  private readonly entries = new Map<string, CachedBody>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The answer stored under `key`, or the one `build` renders (stored unless larger than the whole cache). */
  async get(key: string, build: () => Promise<string>): Promise<CachedBody> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key); // re-inserted last: most recently used
      this.entries.set(key, hit);
      return hit;
    }
    const body = new TextEncoder().encode(await build());
    const raced = this.entries.get(key); // another request rendered it meanwhile
    if (raced) return raced;
    const entry = { body, etag: await etagOf(body) };
    if (body.byteLength <= this.maxBytes) {
      this.entries.set(key, entry);
      this.bytes += body.byteLength;
      for (const [oldKey, old] of this.entries) {
        if (this.bytes <= this.maxBytes) break;
        this.entries.delete(oldKey);
        this.bytes -= old.body.byteLength;
      }
    }
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }
}
