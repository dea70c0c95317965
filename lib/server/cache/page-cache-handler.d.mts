export declare function cacheDirectory(env?: NodeJS.ProcessEnv): string;
export declare function pathTag(pathname: string): string;
export declare const EXPIRY_CHANNEL: string;
export declare function expireCacheTags(tags: string[], options?: { dir?: string; now?: number }): void;
export declare function pathOfCacheKey(key: string): string | null;
export declare class ExpiryLog {
  constructor(dir: string);
  refresh(): void;
  expire(tags: string[], at: number): void;
  isExpired(tags: string[], storedAt: number): boolean;
}
export default class PageCacheHandler {
  constructor(options?: { dir?: string; maxBytes?: number });
  store: { bytes: number; maxBytes: number; entries: Map<string, { value: unknown; lastModified: number; tags: string[]; bytes: number }> };
  get(key: string): Promise<{ lastModified: number; value: unknown } | null>;
  set(key: string, data: unknown, ctx?: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
