import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import dynalite from "dynalite";

export interface Database {
  endpoint: string;
  close(): Promise<void>;
}

/**
 * Starts dynalite on loopback. With a folder it persists to LevelDB there (one process owns it);
 * without one it keeps everything in memory.
 */
export async function startDatabase(options: { path?: string; port?: number } = {}): Promise<Database> {
  if (options.path) mkdirSync(options.path, { recursive: true });
  const server: Server = dynalite({
    path: options.path,
    createTableMs: 0,
    updateTableMs: 0,
    deleteTableMs: 0,
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        server.closeAllConnections?.();
        server.close((err) => (err ? reject(err) : resolve()));
      });
      return closing;
    },
  };
}
