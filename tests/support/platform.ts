import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Platform, startPlatform } from "../../packages/local/src/platform.ts";

export interface TestPlatform extends Platform {
  dataDir: string;
  /** Stops the platform and removes its data folder. */
  dispose(): Promise<void>;
}

/** A whole local platform on a random port and a fresh temporary data folder. */
export async function startTestPlatform(options: { demo?: boolean; dataDir?: string } = {}): Promise<TestPlatform> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "liaison-test-"));
  const platform = await startPlatform({ port: 0, dataDir, demo: options.demo ?? true });
  return {
    ...platform,
    dataDir,
    dispose: async () => {
      await platform.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** Calls the API like a browser would: JSON in, JSON out. */
export async function api<T = Record<string, unknown>>(
  baseUrl: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string>; rawBody?: string } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let body: string | undefined = init.rawBody;
  if (init.body !== undefined) {
    headers["content-type"] ??= "application/json";
    body = JSON.stringify(init.body);
  }
  const res = await fetch(`${baseUrl}/api${path}`, { method: init.method ?? (body ? "POST" : "GET"), headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Non-JSON answers are returned as text so a test can show what came back.
  }
  return { status: res.status, headers: res.headers, body: parsed as T };
}

export async function login(baseUrl: string, username: string, password = "demo"): Promise<string> {
  const res = await api<{ token: string }>(baseUrl, "/auth/login", { body: { username, password } });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token;
}
