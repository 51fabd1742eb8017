import type { ImportRowError } from "./chains.ts";
import type { Localized } from "./model.ts";
import { readSession } from "./sessionStorage.ts";

/** An API failure, with the server's bilingual message split so the UI can show one language. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly text: Localized;
  readonly fields: Record<string, Localized>;
  /** The bad rows of a rejected roster import (code import_rejected); empty otherwise. */
  readonly rows: ImportRowError[];
  /** Route-specific detail beside code and message (a duplicate opinion's trackingCode). */
  readonly extra: Record<string, unknown>;

  constructor(
    status: number,
    code: string,
    text: Localized,
    fields: Record<string, Localized> = {},
    rows: ImportRowError[] = [],
    extra: Record<string, unknown> = {},
  ) {
    super(`${text.zh} / ${text.en}`);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.text = text;
    this.fields = fields;
    this.rows = rows;
    this.extra = extra;
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

function localizedMap(value: unknown): Record<string, Localized> {
  const out: Record<string, Localized> = {};
  if (!isRecord(value)) return out;
  for (const [name, text] of Object.entries(value)) {
    if (isRecord(text) && typeof text.zh === "string" && typeof text.en === "string") {
      out[name] = { zh: text.zh, en: text.en };
    }
  }
  return out;
}

function parseError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  if (!error || typeof error.message !== "string") return new ApiError(status, "unexpected", UNEXPECTED_ANSWER);
  const rows: ImportRowError[] = Array.isArray(error.rows)
    ? error.rows.flatMap((row: unknown) =>
        isRecord(row) && typeof row.row === "number" ? [{ row: row.row, fields: localizedMap(row.fields) }] : [],
      )
    : [];
  const code = typeof error.code === "string" ? error.code : "unexpected";
  const { code: _c, message: _m, fields, rows: _r, ...extra } = error;
  return new ApiError(status, code, splitMessage(error.message), localizedMap(fields), rows, extra);
}

export interface RequestOptions {
  method?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is (a file), with this media type; takes the place of `body`. */
  file?: { bytes: Blob; contentType: string };
  headers?: Record<string, string>;
  /** The bearer token to send instead of the stored session's (while signing in). */
  token?: string;
  signal?: AbortSignal;
}

/** Sends a request to `/api<path>`; a failure to reach the server becomes an ApiError. */
async function send(path: string, init: RequestOptions, accept: string): Promise<{ res: Response; token?: string }> {
  const token = init.token ?? readSession()?.token;
  const headers: Record<string, string> = { accept, ...init.headers };
  if (token) headers.authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (init.file) {
    headers["content-type"] = init.file.contentType;
    body = init.file.bytes;
  } else if (init.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(init.body);
  }
  try {
    const res = await fetch(`/api${path}`, {
      method: init.method ?? (body === undefined ? "GET" : "POST"),
      headers,
      body,
      signal: init.signal,
    });
    return { res, token };
  } catch (err) {
    if (init.signal?.aborted) throw err;
    throw new ApiError(0, "network", NETWORK_FAILURE);
  }
}

async function readJson(res: Response): Promise<unknown> {
  try {
    const text = await res.text();
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

async function failure(res: Response, token: string | undefined): Promise<ApiError> {
  if (res.status === 401 && token && token === readSession()?.token) onExpired();
  return parseError(res.status, await readJson(res));
}

/** Calls `/api<path>` with JSON (or a file) in and JSON out; throws ApiError for any failure. */
export async function api<T>(path: string, init: RequestOptions = {}): Promise<T> {
  const { res, token } = await send(path, init, "application/json");
  if (!res.ok) throw await failure(res, token);
  const body = await readJson(res);
  if (body === undefined) throw new ApiError(res.status, "unexpected", UNEXPECTED_ANSWER);
  return body as T;
}

/** The file name a download's content-disposition gives (RFC 5987 `filename*` first). */
function fileNameOf(res: Response, fallback: string): string {
  const disposition = res.headers.get("content-disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed name: keep the fallback.
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallback;
}

/**
 * Downloads a file answer with the bearer token (a plain link cannot send it) and hands it to
 * the browser as a saved file.
 */
export async function download(path: string, fallbackName: string): Promise<void> {
  const { res, token } = await send(path, {}, "*/*");
  if (!res.ok) throw await failure(res, token);
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileNameOf(res, fallbackName);
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A query string from the defined values, "" when there are none. */
export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
