import { createReadStream, existsSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** Serves the built web app; unknown paths get index.html so client-side routes load. */
export function serveStatic(webDir: string, req: IncomingMessage, res: ServerResponse, pathname: string): void {
  const index = join(webDir, "index.html");
  if (!existsSync(index)) {
    res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
    res.end("网页尚未构建 / The web app is not built: run `npm run build:web`.\n");
    return;
  }
  let file = normalize(join(webDir, decodeURIComponent(pathname)));
  if (!file.startsWith(webDir + sep) || !existsSync(file) || !statSync(file).isFile()) file = index;
  const immutable = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
  });
  if (req.method === "HEAD") res.end();
  else createReadStream(file).pipe(res);
}
