/**
 * The field catalog and what is built on it: names, kinds, parts and tables of every package
 * field; path spellings and the editor's anchor ids; the field-by-field diff of two packages.
 */
export * from "./types";
export * from "./parts";
export { FIELD_CATALOG, CODED_LISTS, TABLE_NAMES, catalogEntry, fieldEntry, fieldsUnder, isCodedList } from "./catalog";
export * from "./paths";
export * from "./label";
export * from "./walk";
export * from "./diff";
