/**
 * The editor's pages, one per part of the package. The list and `partForPath` live in the core's
 * field catalog (lib/disclosure/fields/parts.ts) so that the catalog, the checks panel and the
 * review pages share them; this module keeps the editor's import path.
 */
export { PARTS, findPart, partForPath, type TPartSlug } from "@/lib/disclosure/fields/parts";
