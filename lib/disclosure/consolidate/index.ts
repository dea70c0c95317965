export { consolidate, compositionText, type ConsolidationInput, type ConsolidationResult } from "./consolidate";
export type { Elimination } from "./eliminate";
export type { ConsolidationMember, ConsolidationUnit } from "./types";
export { DEPARTMENT_GENERATED_FIELDS } from "./generated-fields";
