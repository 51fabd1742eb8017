/**
 * The error shape every route answers with: {error:{code,message,fields?}}.
 * Messages are Chinese first, then English, because both audiences read the same answer.
 */
export interface LocalizedText {
  zh: string;
  en: string;
}

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    fields?: Record<string, LocalizedText>;
    [extra: string]: unknown;
  };
}

export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly text: LocalizedText;
  readonly fields?: Record<string, LocalizedText>;
  readonly headers?: Record<string, string>;
  /** Route-specific detail beside code/message/fields (e.g. the bad rows of an import). */
  readonly extra?: Record<string, unknown>;

  constructor(
    status: number,
    code: string,
    text: LocalizedText,
    options: {
      fields?: Record<string, LocalizedText>;
      headers?: Record<string, string>;
      extra?: Record<string, unknown>;
    } = {},
  ) {
    super(`${text.zh} / ${text.en}`);
    this.name = "AppError";
    this.status = status;
    this.code = code;
    this.text = text;
    this.fields = options.fields;
    this.headers = options.headers;
    this.extra = options.extra;
  }

  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.fields ? { fields: this.fields } : {}),
        ...this.extra,
      },
    };
  }
}

export const errors = {
  validation: (fields: Record<string, LocalizedText>) =>
    new AppError(400, "validation_failed", { zh: "请求内容有误", en: "The request is not valid" }, { fields }),
  badRequest: (text: LocalizedText) => new AppError(400, "bad_request", text),
  unauthenticated: () =>
    new AppError(401, "unauthenticated", { zh: "请先登录或重新登录", en: "Sign-in required or expired" }),
  badCredentials: () =>
    new AppError(401, "bad_credentials", { zh: "用户名或密码错误", en: "Wrong username or password" }),
  forbidden: (text: LocalizedText = { zh: "无权访问", en: "Not allowed" }) => new AppError(403, "forbidden", text),
  notFound: (text: LocalizedText = { zh: "未找到", en: "Not found" }) => new AppError(404, "not_found", text),
  conflict: (text: LocalizedText) => new AppError(409, "conflict", text),
  tooLarge: (limitBytes: number) =>
    new AppError(413, "payload_too_large", {
      zh: `请求内容过大(上限 ${Math.floor(limitBytes / 1024)} KB)`,
      en: `Request body too large (limit ${Math.floor(limitBytes / 1024)} KB)`,
    }),
  unsupportedMediaType: (types: readonly string[] = ["application/json"]) =>
    new AppError(415, "unsupported_media_type", {
      zh: `请以 ${types.join(" 或 ")} 格式提交`,
      en: `Send the body as ${types.join(" or ")}`,
    }),
  rateLimited: (retryAfterSeconds: number) =>
    new AppError(
      429,
      "rate_limited",
      { zh: `操作过于频繁,请 ${retryAfterSeconds} 秒后再试`, en: `Too many requests, retry in ${retryAfterSeconds} s` },
      { headers: { "Retry-After": String(retryAfterSeconds) } },
    ),
  unavailable: () =>
    new AppError(503, "database_unavailable", {
      zh: "服务暂时不可用,请稍后再试",
      en: "Service temporarily unavailable, please retry later",
    }),
  internal: () => new AppError(500, "internal_error", { zh: "服务器内部错误", en: "Internal server error" }),
  methodNotAllowed: () => new AppError(405, "method_not_allowed", { zh: "不支持该请求方法", en: "Method not allowed" }),
} as const;
