import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export interface CollectedFiles {
  files: string[];
  /** Arguments that are neither a file nor a folder. */
  missing: string[];
}

const PACKAGE_FILE = /\.(json|xlsx)$/i;

/** The package files named on the command line: files as given, folders searched recursively for .json and .xlsx (hidden entries skipped), in a stable order. */
export function collectPackageFiles(args: readonly string[]): CollectedFiles {
  const files = new Set<string>();
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && PACKAGE_FILE.test(entry.name)) files.add(full);
    }
  };
  for (const arg of args) {
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      missing.push(arg);
      continue;
    }
    if (stat.isDirectory()) walk(arg);
    else files.add(arg);
  }
  return { files: [...files], missing };
}
