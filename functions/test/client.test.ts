import type { APIGatewayProxyEventV2WithJWTAuthorizer } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { clientAddress } from "../src/lib/client.ts";

type Event = Pick<APIGatewayProxyEventV2WithJWTAuthorizer, "headers" | "requestContext">;
const event = (headers: Record<string, string>): Event =>
  ({ headers, requestContext: { http: { sourceIp: "203.0.113.9" } } }) as unknown as Event;
const env = { CLIENT_ADDRESS_HEADER: "x-viewer-address", EDGE_KEY_HEADER: "x-origin-key", EDGE_KEY: "k".repeat(40) };

describe("the client address for per-client limits", () => {
  it("takes the viewer's address from the site's CloudFront, which shows the edge key", () => {
    const e = event({ "x-viewer-address": "198.51.100.7", "x-origin-key": "k".repeat(40) });
    expect(clientAddress(e, env)).toBe("198.51.100.7");
  });

  it("ignores an address header sent without the key or with a wrong one", () => {
    expect(clientAddress(event({ "x-viewer-address": "198.51.100.7" }), env)).toBe("203.0.113.9");
    const forged = event({ "x-viewer-address": "198.51.100.7", "x-origin-key": "guess" });
    expect(clientAddress(forged, env)).toBe("203.0.113.9");
  });

  it("uses the connection's address where no edge is configured (the local runtime)", () => {
    expect(clientAddress(event({ "x-viewer-address": "198.51.100.7" }), {})).toBe("203.0.113.9");
  });
});
