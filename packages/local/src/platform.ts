import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createDb, type Db, needsDemo, seedDemo, TABLE } from "@liaison/core";
import { ensureTable } from "./bootstrap.ts";
import { type Database, startDatabase } from "./dynalite.ts";
import { REPO_ROOT } from "./modules.ts";
import { type ObjectStore, startObjectStore } from "./object-store.ts";
import { startHttpServer } from "./server.ts";

export interface PlatformOptions {
  /** Port for the web app and API; 0 picks a free one. */
  port: number;
  /**
   * Folder for the database, the photos (`objects/`) and sign-in keys; undefined keeps the
   * database in memory (tests) and the photos in a temporary folder.
   */
  dataDir?: string;
  /** Folder for sign-in keys when dataDir is not set. */
  authDir?: string;
  demo: boolean;
  host?: string;
  webDir?: string;
}

export interface Platform {
  url: string;
  /** Secret a local `npm run job` presents to run a job inside this process. */
  jobToken: string;
  db: Db;
  tableState: "created" | "updated" | "unchanged";
  seeded: boolean;
  database: Database;
  /** The local S3-compatible server holding activity photos. */
  objects: ObjectStore;
  close(): Promise<void>;
}

/**
 * Starts the whole platform in this process: dynalite, the table from the shared definition,
 * demo data on an empty database, and the HTTP front door. Handlers read the same environment
 * variables they read in Lambda, so they are set here before the first handler loads.
 */
export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const dataDir = options.dataDir ? resolve(options.dataDir) : undefined;
  const database = await startDatabase({ path: dataDir ? join(dataDir, "dynamodb") : undefined });
  let server: Server | undefined;
  let objects: ObjectStore | undefined;
  try {
    objects = await startObjectStore({
      directory: dataDir ? join(dataDir, "objects") : mkdtempSync(join(tmpdir(), "liaison-objects-")),
    });
    const objectStore = objects;
    process.env.DYNAMODB_ENDPOINT = database.endpoint;
    process.env.TABLE_NAME = TABLE.id;
    process.env.S3_ENDPOINT = objects.endpoint;
    process.env.PHOTO_BUCKET = objects.bucket;
    process.env.AWS_REGION ??= "cn-northwest-1";
    process.env.LIAISON_RUNTIME = "local";
    const authDir = options.authDir ?? (dataDir ? join(dataDir, "auth") : undefined);
    if (!authDir) throw new Error("startPlatform needs dataDir or authDir for the sign-in keys");
    process.env.LOCAL_AUTH_DIR = authDir;

    const db = createDb({ tableName: TABLE.id, endpoint: database.endpoint, region: process.env.AWS_REGION });
    const tableState = await ensureTable(db);
    const seeded = options.demo && (await needsDemo(db));
    if (seeded) await seedDemo(db);

    const jobToken = randomBytes(24).toString("base64url");
    const started = await startHttpServer({
      port: options.port,
      host: options.host,
      webDir: options.webDir ?? join(REPO_ROOT, "web", "dist"),
      jobToken,
    });
    server = started.server;
    const httpServer = server;
    const { port } = new URL(started.url);
    await objects.allowOrigins([
      started.url,
      `http://127.0.0.1:${port}`,
      ...(process.env.WEB_ORIGINS ?? "")
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean),
    ]);
    let closing: Promise<void> | undefined;
    return {
      url: started.url,
      jobToken,
      db,
      tableState,
      seeded,
      database,
      objects: objectStore,
      close: () => {
        closing ??= (async () => {
          await new Promise<void>((r) => {
            httpServer.closeAllConnections();
            httpServer.close(() => r());
          });
          db.raw.destroy();
          await objectStore.close();
          await database.close();
        })();
        return closing;
      },
    };
  } catch (err) {
    server?.close();
    await objects?.close();
    await database.close();
    throw err;
  }
}
