import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

const loaded = new Map<string, Promise<unknown>>();

/**
 * Loads the export a route or schedule names in SST's `file.export` form, exactly the module
 * Lambda would run, relative to the repository root.
 */
export function loadExport<T>(spec: string): Promise<T> {
  let fn = loaded.get(spec);
  if (!fn) {
    const dot = spec.lastIndexOf(".");
    const file = join(REPO_ROOT, `${spec.slice(0, dot)}.ts`);
    const exportName = spec.slice(dot + 1);
    fn = import(pathToFileURL(file).href).then((mod: Record<string, unknown>) => {
      const value = mod[exportName];
      if (typeof value !== "function") throw new Error(`${spec} does not export a function`);
      return value;
    });
    loaded.set(spec, fn);
  }
  return fn as Promise<T>;
}
