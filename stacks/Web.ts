import { Fn } from "aws-cdk-lib";
import {
  AllowedMethods,
  CachePolicy,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { type StackContext, StaticSite, use } from "sst/constructs";
import { API_BASE } from "../packages/core/src/api/routes.ts";
import { Api, EDGE_KEY_HEADER, VIEWER_ADDRESS_HEADER } from "./Api.ts";
import { Auth } from "./Auth.ts";

/** The CloudFront path pattern that forwards the API to the HTTP API origin. */
export const API_PATH_PATTERN = `${API_BASE}/*`;

/**
 * Single-page-app routing at the edge: a path whose last segment has no file extension is a
 * client-side route and gets index.html. This replaces SST's default (403/404 → index.html
 * custom error responses), which apply to the whole distribution and would turn the API's own
 * 403 and 404 answers under /api/* into the SPA's index page with status 200.
 */
const SPA_ROUTING = `
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.startsWith("/.well-known/")) return request;
  var last = uri.substring(uri.lastIndexOf("/") + 1);
  if (last === "" || last.indexOf(".") === -1) request.uri = "/index.html";
  return request;
}
`;

/**
 * The viewer's address for the API's per-client limits: behind CloudFront the HTTP API sees an
 * edge server's address, shared by everyone near it. The function overwrites whatever a client
 * sent in this header with the address CloudFront saw; the origin's edge-key header (which
 * CloudFront also sets over anything a client sent) tells the API to believe it.
 */
const VIEWER_ADDRESS = `
function handler(event) {
  event.request.headers["${VIEWER_ADDRESS_HEADER}"] = { value: event.viewer.ip };
  return event.request;
}
`;

/**
 * The React SPA on S3 + CloudFront. The same distribution forwards /api/* to the HTTP API
 * (uncached, all viewer headers but Host), so the browser calls relative /api in AWS as it
 * does against the local runtime.
 */
export function Web({ stack }: StackContext) {
  const { api, edgeKey } = use(Api);
  const auth = use(Auth);

  // api.url is "https://{id}.execute-api.{region}.{suffix}": element 2 of its "/" split is the host.
  const apiOrigin = new HttpOrigin(Fn.select(2, Fn.split("/", api.url)), {
    protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
    customHeaders: { [EDGE_KEY_HEADER]: edgeKey.secretValue.unsafeUnwrap() },
  });

  const spaRouting = new CloudFrontFunction(stack, "SpaRouting", {
    code: FunctionCode.fromInline(SPA_ROUTING),
    runtime: FunctionRuntime.JS_2_0,
    comment: "SPA routing: extension-less paths serve /index.html",
  });

  const viewerAddress = new CloudFrontFunction(stack, "ViewerAddress", {
    code: FunctionCode.fromInline(VIEWER_ADDRESS),
    runtime: FunctionRuntime.JS_2_0,
    comment: "API: pass the viewer's address on for per-client rate limits",
  });

  const site = new StaticSite(stack, "Site", {
    path: "web",
    // Its own folder: the deploy build (with SST's placeholders) must never replace web/dist,
    // which the local runtime and the browser tests serve.
    buildCommand: "npm run build -- --outDir dist-deploy --emptyOutDir",
    buildOutput: "dist-deploy",
    // For signing in against Cognito in AWS (the local runtime's POST /api/auth/login is not
    // deployed). SST builds with "{{ NAME }}" placeholders and fills in the real values when
    // it uploads the files.
    environment: {
      VITE_AWS_REGION: stack.region,
      VITE_COGNITO_USER_POOL_ID: auth.userPoolId,
      VITE_COGNITO_CLIENT_ID: auth.userPoolClientId,
    },
    // SST writes an ImportMetaEnv declaration for `environment` next to a Vite config
    // (web/src/sst-env.d.ts by default); keep that generated file out of the web sources.
    vite: { types: "../.sst/web-env.d.ts" },
    cdk: {
      distribution: {
        comment: `liaison ${stack.stage} web + api`,
        errorResponses: [],
        defaultBehavior: {
          functionAssociations: [{ function: spaRouting, eventType: FunctionEventType.VIEWER_REQUEST }],
        },
        additionalBehaviors: {
          [API_PATH_PATTERN]: {
            origin: apiOrigin,
            viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
            allowedMethods: AllowedMethods.ALLOW_ALL,
            cachePolicy: CachePolicy.CACHING_DISABLED,
            originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
            functionAssociations: [{ function: viewerAddress, eventType: FunctionEventType.VIEWER_REQUEST }],
            compress: true,
          },
        },
      },
    },
  });

  // SST's own viewer-request function is replaced by SpaRouting above; drop the unused copy.
  site.node.tryRemoveChild("CloudFrontFunction");

  stack.addOutputs({
    SiteUrl: site.url,
    ApiUrl: api.url,
  });
  return site;
}
