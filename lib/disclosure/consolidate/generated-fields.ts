/**
 * The fields of a department package that the consolidation (./consolidate.ts) writes from the unit
 * tree, never from the department's texts: no one edits them, so no check asks anyone to (W5), and
 * the department form offers no input for them. Its own module: the editor's bundle needs this list,
 * not the consolidation.
 */
export const DEPARTMENT_GENERATED_FIELDS: readonly string[] = ["overview.composition"];
