/**
 * The disclosure core's public surface: the package format, exact money, code sets, the output
 * model, totals, the nine tables, the checks, Part 3, the one-call render, the template and the
 * JSON edges. Pure TypeScript: no database, no React, no Node APIs.
 */
export * from "./package";
export * from "./money";
export * from "./codes";
export * from "./model";
export * from "./figures";
export * from "./tables";
export * from "./checks";
export * from "./narrative";
export * from "./render";
export * from "./template";
export * from "./serialize";
export * from "./consolidate";
export * from "./fields";
