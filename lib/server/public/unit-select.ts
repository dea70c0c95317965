/** The unit columns public queries read (never ids of users, scopes or drafts). */
export const PUBLIC_UNIT_SELECT = { code: true, name: true, shortName: true, region: true, category: true } as const;

/**
 * The only revisions a public query may read: published ones. A report's draft or a correction
 * in progress has another status and is never selected.
 */
export const PUBLISHED_ONLY = { status: "PUBLISHED", publishedAt: { not: null } } as const;
