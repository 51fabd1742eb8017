import type { APIGatewayProxyEventV2WithJWTAuthorizer } from "aws-lambda";

/**
 * The caller's network address for per-client limits. Behind the site's CloudFront the API sees
 * an edge server's address, so the Api stack names the header the edge fills with the viewer's
 * (CLIENT_ADDRESS_HEADER, see stacks/Web.ts); without it, the connection's source address.
 * A client calling the execute-api endpoint directly could set that header itself: the per-phone
 * limit, the duplicate check and the stage throttle still hold for them.
 */
export function clientAddress(event: APIGatewayProxyEventV2WithJWTAuthorizer): string {
  const header = process.env.CLIENT_ADDRESS_HEADER?.toLowerCase();
  const forwarded = header ? event.headers?.[header] : undefined;
  if (forwarded) return forwarded.trim();
  return event.requestContext?.http?.sourceIp ?? "unknown";
}
