import { timingSafeEqual } from "node:crypto";
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from "aws-lambda";

function sameKey(sent: string | undefined, key: string): boolean {
  if (!sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The caller's network address for per-client limits. Behind the site's CloudFront the API sees
 * an edge server's address, so the edge passes the viewer's on (CLIENT_ADDRESS_HEADER) together
 * with the stage's edge key (EDGE_KEY_HEADER, EDGE_KEY; see stacks/Web.ts). Without a matching
 * key, as from a caller of the execute-api address, the header is ignored and the connection's
 * source address counts.
 */
export function clientAddress(
  event: Pick<APIGatewayProxyEventV2WithJWTAuthorizer, "headers" | "requestContext">,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const header = env.CLIENT_ADDRESS_HEADER?.toLowerCase();
  const keyHeader = env.EDGE_KEY_HEADER?.toLowerCase();
  const forwarded = header ? event.headers?.[header]?.trim() : undefined;
  if (forwarded && keyHeader && env.EDGE_KEY && sameKey(event.headers?.[keyHeader], env.EDGE_KEY)) return forwarded;
  return event.requestContext?.http?.sourceIp ?? "unknown";
}
