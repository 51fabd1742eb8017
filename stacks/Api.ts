import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { type ApiRouteProps, type FunctionProps, Api as SstApi, type StackContext, use } from "sst/constructs";
import { API_BASE, type RouteDef, routeEntries, splitRouteKey } from "../packages/core/src/api/routes.ts";
import { Auth } from "./Auth.ts";
import { Storage } from "./Storage.ts";
import { isProduction, webOrigins } from "./settings.ts";

/** Name of the JWT authorizer every non-public route uses. */
export const JWT_AUTHORIZER = "jwt";

/** Request headers browsers may send cross-origin (the SPA itself is same-origin via CloudFront). */
export const CORS_HEADERS = ["authorization", "content-type", "idempotency-key"];

/** Set by the site's CloudFront on /api/* requests to the viewer's address (see Web.ts). */
export const VIEWER_ADDRESS_HEADER = "x-viewer-address";

/**
 * CloudFront sends the stage's edge key in this header to the API origin; the handlers believe
 * VIEWER_ADDRESS_HEADER only beside it, so a caller of the execute-api address cannot choose its
 * own address for the per-client limits.
 */
export const EDGE_KEY_HEADER = "x-origin-key";

/** Data-plane actions only: handlers never need to describe, alter or delete the table. */
export const TABLE_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:Query",
  "dynamodb:Scan",
  "dynamodb:ConditionCheckItem",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:BatchWriteItem",
];

/** Object actions of the activity handlers on the photo bucket (copy = get + put; list makes a miss a 404). */
export const PHOTO_ACTIONS = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"];

/** The routes that read or write activity photos get the bucket's name and access. */
export const usesPhotos = (def: RouteDef) => def.handler.startsWith("functions/src/activities/");

/**
 * Spreadsheet imports and exports parse or build whole files in memory: more memory (and CPU)
 * and nearly the HTTP API's 30 s integration limit. Other routes keep the app defaults.
 */
export function functionSizing(def: RouteDef): Pick<FunctionProps, "memorySize" | "timeout"> {
  return def.fileBody || def.produces ? { memorySize: "1024 MB", timeout: "29 seconds" } : {};
}

/** "GET /health" in the route table becomes "GET /api/health" in the HTTP API. */
export function apiRouteKey(routeKey: string): string {
  const { method, path } = splitRouteKey(routeKey);
  return `${method} ${API_BASE}${path}`;
}

/**
 * The HTTP API. Its routes are the shared route table (minus the local-only ones), each a
 * Lambda built from the handler the table names; public routes skip the JWT authorizer.
 */
export function Api({ app, stack }: StackContext) {
  const { table, photos } = use(Storage);
  const auth = use(Auth);
  const production = isProduction(app.stage);
  const origins = webOrigins();
  const retention = production ? RetentionDays.ONE_YEAR : RetentionDays.ONE_MONTH;
  const edgeKey = new Secret(stack, "EdgeKey", {
    description: `liaison ${app.stage}: the site's CloudFront shows this to the API with the viewer's address`,
    generateSecretString: { passwordLength: 40, excludePunctuation: true },
  });

  const routes: Record<string, ApiRouteProps<typeof JWT_AUTHORIZER>> = {};
  for (const [key, def] of routeEntries()) {
    if (def.localOnly) continue;
    const routeKey = apiRouteKey(key);
    routes[routeKey] = {
      authorizer: def.access === "public" ? "none" : JWT_AUTHORIZER,
      function: {
        handler: def.handler,
        ...functionSizing(def),
        ...(usesPhotos(def) ? { environment: { PHOTO_BUCKET: photos.bucketName } } : {}),
        // A log group per function with a retention, instead of the never-expiring default.
        logGroup: new LogGroup(stack, `Logs_${routeKey.replace(/[^A-Za-z0-9]+/g, "_")}`, { retention }),
      },
    };
  }

  const api = new SstApi(stack, "Api", {
    authorizers: {
      [JWT_AUTHORIZER]: {
        type: "user_pool",
        identitySource: ["$request.header.Authorization"],
        userPool: { id: auth.userPoolId, clientIds: [auth.userPoolClientId], region: stack.region },
      },
    },
    defaults: {
      function: {
        environment: {
          TABLE_NAME: table.tableName,
          CLIENT_ADDRESS_HEADER: VIEWER_ADDRESS_HEADER,
          EDGE_KEY_HEADER,
          // Resolved by CloudFormation at deploy time; the template holds only a reference.
          EDGE_KEY: edgeKey.secretValue.unsafeUnwrap(),
          ...(origins.length > 0 ? { WEB_ORIGINS: origins.join(",") } : {}),
        },
      },
      throttle: { rate: 100, burst: 200 },
    },
    cors:
      origins.length > 0
        ? {
            allowOrigins: origins,
            allowHeaders: CORS_HEADERS,
            allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE"],
            maxAge: "1 hour",
          }
        : false,
    accessLog: { retention: production ? "one_year" : "one_month" },
    routes,
  });

  api.attachPermissions([
    new PolicyStatement({
      actions: TABLE_ACTIONS,
      resources: [table.tableArn, `${table.tableArn}/index/*`],
    }),
  ]);

  for (const [key, def] of routeEntries()) {
    if (def.localOnly || !usesPhotos(def)) continue;
    api.attachPermissionsToRoute(apiRouteKey(key), [
      new PolicyStatement({ actions: PHOTO_ACTIONS, resources: [photos.arnForObjects("*")] }),
      new PolicyStatement({ actions: ["s3:ListBucket"], resources: [photos.bucketArn] }),
    ]);
  }

  stack.addOutputs({ ApiUrl: api.url });
  return { api, edgeKey };
}
