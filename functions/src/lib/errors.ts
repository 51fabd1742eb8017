import { AppError, errors, isDatabaseUnavailable } from "@liaison/core";
import type { MiddlewareObj } from "@middy/core";
import type { APIGatewayProxyResultV2 } from "aws-lambda";
import { log } from "./log.ts";

/** Turns anything thrown into the {error:{...}} answer; never leaks a stack trace. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (isDatabaseUnavailable(err)) return errors.unavailable();
  const status = (err as { statusCode?: number } | undefined)?.statusCode;
  if (status === 415) return errors.unsupportedMediaType();
  if (status === 422 || status === 400) {
    return errors.badRequest({ zh: "请求体不是有效的 JSON", en: "The request body is not valid JSON" });
  }
  return errors.internal();
}

export function jsonErrors(): MiddlewareObj<unknown, APIGatewayProxyResultV2> {
  return {
    onError: (request) => {
      const appError = toAppError(request.error);
      if (appError.status >= 500) {
        const err = request.error as Error | undefined;
        // Only the error itself is logged: the event may carry names and phones.
        log.error("request failed", {
          requestId: request.context?.awsRequestId,
          status: appError.status,
          errorName: err?.name,
          errorMessage: err?.message,
          stack: err?.stack,
        });
      }
      request.response = {
        statusCode: appError.status,
        headers: {
          "content-type": "application/json; charset=utf-8",
          "cache-control": "no-store",
          ...appError.headers,
        },
        body: JSON.stringify(appError.toBody()),
      };
    },
  };
}
