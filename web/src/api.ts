import type { Localized } from "./model.ts";
import { readSession } from "./sessionStorage.ts";

/** An API failure, with the server's bilingual message split so the UI can show one language. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly text: Localized;
  readonly fields: Record<string, Localized>;

  constructor(status: number, code: string, text: Localized, fields: Record<string, Localized> = {}) {
    super(`${text.zh} / ${text.en}`);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.text = text;
    this.fields = fields;
  }
}

const NETWORK_FAILURE: Localized = {
  zh: "无法连接服务器,请检查网络后重试",
  en: "Cannot reach the server; check the connection and retry",
};
const UNEXPECTED_ANSWER: Localized = {
  zh: "服务器返回了无法识别的内容",
  en: "The server sent an answer the page cannot read",
};

/** Splits an API message of the form "中文 / English". */
export function splitMessage(message: string): Localized {
  const at = message.indexOf(" / ");
  return at < 0 ? { zh: message, en: message } : { zh: message.slice(0, at), en: message.slice(at + 3) };
}

/** Turns any thrown value into a bilingual text for display. */
export function errorText(error: unknown): Localized {
  return error instanceof ApiError ? error.text : UNEXPECTED_ANSWER;
}

const ignore = () => {};
let onExpired: () => void = ignore;

/** The session provider registers here to end the session when the API refuses its token. */
export function onSessionExpired(handler: () => void): () => void {
  onExpired = handler;
  return () => {
    if (onExpired === handler) onExpired = ignore;
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function parseError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  if (!error || typeof error.message !== "string") return new ApiError(status, "unexpected", UNEXPECTED_ANSWER);
  const fields: Record<string, Localized> = {};
  if (isRecord(error.fields)) {
    for (const [name, text] of Object.entries(error.fields)) {
      if (isRecord(text) && typeof text.zh === "string" && typeof text.en === "string") {
        fields[name] = { zh: text.zh, en: text.en };
      }
    }
  }
  const code = typeof error.code === "string" ? error.code : "unexpected";
  return new ApiError(status, code, splitMessage(error.message), fields);
}

/** Calls `/api<path>` with JSON in and out; throws ApiError for any failure. */
export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const token = readSession()?.token;
  const headers: Record<string, string> = { accept: "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (err) {
    if (init.signal?.aborted) throw err;
    throw new ApiError(0, "network", NETWORK_FAILURE);
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    if (res.status === 401 && token && token === readSession()?.token) onExpired();
    throw parseError(res.status, body);
  }
  if (body === undefined) throw new ApiError(res.status, "unexpected", UNEXPECTED_ANSWER);
  return body as T;
}
