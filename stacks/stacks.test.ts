import { Match, Template } from "aws-cdk-lib/assertions";
import { App, getStack } from "sst/constructs";
import { initProject, useProject } from "sst/project.js";
import { beforeAll, describe, expect, it } from "vitest";
import { ROUTES, routeEntries, splitRouteKey } from "../packages/core/src/api/routes.ts";
import { CLAIMS } from "../packages/core/src/auth/claims.ts";
import { ROLES } from "../packages/core/src/auth/roles.ts";
import { TABLE } from "../packages/core/src/db/table.ts";
import { PENDING_PREFIX } from "../packages/core/src/files/photo-types.ts";
import { toEventBridgeCron } from "../packages/core/src/jobs/cron.ts";
import { SCHEDULES } from "../packages/core/src/jobs/schedules.ts";
import { Api, apiRouteKey, EDGE_KEY_HEADER, PHOTO_ACTIONS, usesPhotos, VIEWER_ADDRESS_HEADER } from "./Api.ts";
import { Auth } from "./Auth.ts";
import { liaison } from "./index.ts";
import { Jobs } from "./Jobs.ts";
import { Storage } from "./Storage.ts";
import { API_PATH_PATTERN, Web } from "./Web.ts";

type Resources = Record<string, { Properties: Record<string, unknown> }>;

let storage: Template;
let auth: Template;
let api: Template;
let web: Template;
let jobs: Template;

beforeAll(async () => {
  // A fixed stage: without one initProject waits on an interactive prompt.
  await initProject({ stage: "test" });
  const { config } = useProject();
  const app = new App({ mode: "deploy", stage: config.stage, name: config.name, region: config.region });
  liaison(app);
  // Bundles every function with esbuild and runs the web build; no AWS calls under NODE_ENV=test.
  await app.finish();
  storage = Template.fromStack(getStack(Storage));
  auth = Template.fromStack(getStack(Auth));
  api = Template.fromStack(getStack(Api));
  web = Template.fromStack(getStack(Web));
  jobs = Template.fromStack(getStack(Jobs));
  // One esbuild bundle per route, built one at a time on a 2-core machine (SST uses cores - 1).
}, 300_000);

describe("Storage", () => {
  it("builds the single table from TABLE", () => {
    storage.resourceCountIs("AWS::DynamoDB::Table", 1);
    storage.hasResourceProperties("AWS::DynamoDB::Table", {
      KeySchema: [
        { AttributeName: TABLE.partitionKey, KeyType: "HASH" },
        { AttributeName: TABLE.sortKey, KeyType: "RANGE" },
      ],
      AttributeDefinitions: Match.arrayWith(
        [TABLE.partitionKey, TABLE.sortKey, ...TABLE.indexes.flatMap((i) => [i.partitionKey, i.sortKey])].map(
          (name) => ({ AttributeName: name, AttributeType: "S" }),
        ),
      ),
      GlobalSecondaryIndexes: TABLE.indexes.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: "HASH" },
          { AttributeName: index.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      })),
      BillingMode: "PAY_PER_REQUEST",
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
    });
  });

  it("is disposable outside production", () => {
    storage.hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Delete" });
  });
});

describe("Storage: activity photos", () => {
  it("keeps photos in a private bucket with CORS for presigned uploads and expiry of abandoned ones", () => {
    storage.hasResourceProperties("AWS::S3::Bucket", {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      CorsConfiguration: {
        CorsRules: [
          Match.objectLike({
            AllowedMethods: ["PUT", "GET"],
            AllowedOrigins: Match.arrayWith(["https://*.cloudfront.net"]),
            AllowedHeaders: ["content-type"],
          }),
        ],
      },
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ Prefix: PENDING_PREFIX, ExpirationInDays: 1, Status: "Enabled" }),
          Match.objectLike({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }),
        ]),
      },
    });
  });

  it("hands the bucket and object access to the activity handlers only", () => {
    const lambdas = Object.values(api.findResources("AWS::Lambda::Function") as Resources);
    for (const [, def] of routeEntries().filter(([, d]) => !d.localOnly)) {
      const fn = lambdas.find((f) => f.Properties.Handler === def.handler);
      const env = (fn?.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {};
      expect(Boolean(env.PHOTO_BUCKET), def.handler).toBe(usesPhotos(def));
    }
    expect(routeEntries().filter(([, d]) => usesPhotos(d)).length).toBeGreaterThanOrEqual(3);
    api.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Action: Match.arrayWith(PHOTO_ACTIONS) })]),
      },
    });
  });
});

describe("Auth", () => {
  it("has a username user pool with the unitId and personId custom attributes", () => {
    auth.resourceCountIs("AWS::Cognito::UserPool", 1);
    auth.hasResourceProperties("AWS::Cognito::UserPool", {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      UsernameConfiguration: { CaseSensitive: false },
      Schema: Match.arrayWith([
        Match.objectLike({ Name: CLAIMS.unitId.replace(/^custom:/, ""), AttributeDataType: "String", Mutable: true }),
        Match.objectLike({ Name: CLAIMS.personId.replace(/^custom:/, ""), AttributeDataType: "String" }),
      ]),
    });
  });

  it("has one group per role", () => {
    auth.resourceCountIs("AWS::Cognito::UserPoolGroup", ROLES.length);
    for (const role of ROLES) auth.hasResourceProperties("AWS::Cognito::UserPoolGroup", { GroupName: role });
  });

  it("has a secretless web client that cannot write its own unit", () => {
    auth.resourceCountIs("AWS::Cognito::UserPoolClient", 1);
    auth.hasResourceProperties("AWS::Cognito::UserPoolClient", {
      GenerateSecret: false,
      ReadAttributes: Match.arrayWith([CLAIMS.unitId]),
    });
    const [client] = Object.values(auth.findResources("AWS::Cognito::UserPoolClient") as Resources);
    expect(client?.Properties.WriteAttributes).not.toContain(CLAIMS.unitId);
    expect(client?.Properties.WriteAttributes).not.toContain(CLAIMS.personId);
  });
});

describe("Api", () => {
  const deployed = routeEntries().filter(([, def]) => !def.localOnly);

  it("mounts every non-local route under /api with the right authorization", () => {
    api.resourceCountIs("AWS::ApiGatewayV2::Route", deployed.length);
    for (const [key, def] of deployed) {
      const { method, path } = splitRouteKey(key);
      const routeKey = `${method} /api${path}`;
      expect(apiRouteKey(key)).toBe(routeKey);
      api.hasResourceProperties(
        "AWS::ApiGatewayV2::Route",
        def.access === "public"
          ? { RouteKey: routeKey, AuthorizationType: "NONE", AuthorizerId: Match.absent() }
          : { RouteKey: routeKey, AuthorizationType: "JWT", AuthorizerId: Match.anyValue() },
      );
    }
  });

  it("does not deploy local-only routes", () => {
    expect(ROUTES["POST /auth/login"].localOnly).toBe(true);
    const keys = Object.values(api.findResources("AWS::ApiGatewayV2::Route") as Resources).map(
      (r) => r.Properties.RouteKey,
    );
    expect(keys).not.toContain("POST /api/auth/login");
    for (const [key, def] of routeEntries()) if (def.localOnly) expect(keys).not.toContain(apiRouteKey(key));
  });

  it("checks tokens against the Cognito pool and client from the Authorization header", () => {
    api.resourceCountIs("AWS::ApiGatewayV2::Authorizer", 1);
    api.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", {
      AuthorizerType: "JWT",
      IdentitySource: ["$request.header.Authorization"],
      JwtConfiguration: { Audience: [Match.anyValue()], Issuer: Match.anyValue() },
    });
  });

  it("runs every route on nodejs22.x / arm64 with the table name and table access", () => {
    const functions = Object.values(api.findResources("AWS::Lambda::Function") as Resources).filter(
      (f) => (f.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables?.TABLE_NAME,
    );
    expect(functions).toHaveLength(deployed.length);
    const handlers = new Set(deployed.map(([, def]) => def.handler.replace(/\.[^.]+$/, "")));
    for (const fn of functions) {
      expect(fn.Properties.Runtime).toBe("nodejs22.x");
      expect(fn.Properties.Architectures).toEqual(["arm64"]);
      const handler = String(fn.Properties.Handler).replace(/\.[^.]+$/, "");
      expect(handlers.has(handler)).toBe(true);
    }
    api.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: Match.arrayWith(["dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem"]) }),
        ]),
      },
    });
  });

  it("gives file import/export routes more memory and time", () => {
    const lambdas = Object.values(api.findResources("AWS::Lambda::Function") as Resources);
    for (const [, def] of deployed) {
      const fn = lambdas.find((f) => f.Properties.Handler === def.handler);
      expect(fn, def.handler).toBeDefined();
      const file = Boolean(def.fileBody || def.produces);
      expect(fn?.Properties.MemorySize).toBe(file ? 1024 : 512);
      expect(fn?.Properties.Timeout).toBe(file ? 29 : 10);
    }
  });

  it("uses nodejs22.x for every Lambda in the app", () => {
    for (const template of [storage, auth, api, web]) {
      for (const fn of Object.values(template.findResources("AWS::Lambda::Function") as Resources)) {
        expect(fn.Properties.Runtime).toBe("nodejs22.x");
      }
    }
  });

  it("throttles every route by default", () => {
    api.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      DefaultRouteSettings: { ThrottlingBurstLimit: Match.anyValue(), ThrottlingRateLimit: Match.anyValue() },
    });
  });
});

describe("Web", () => {
  it("serves the site from S3 through CloudFront", () => {
    web.resourceCountIs("AWS::S3::Bucket", 1);
    web.resourceCountIs("AWS::CloudFront::Distribution", 1);
  });

  it("forwards /api/* to the HTTP API, uncached, HTTPS only", () => {
    expect(API_PATH_PATTERN).toBe("/api/*");
    web.hasResourceProperties("AWS::CloudFront::Distribution", {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: [
          Match.objectLike({
            PathPattern: "/api/*",
            AllowedMethods: ["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"],
            // Managed policies: CachingDisabled and AllViewerExceptHostHeader.
            CachePolicyId: "4135ea2d-6df8-44a3-9df3-4b5a84be39ad",
            OriginRequestPolicyId: "b689b0a8-53d0-40ab-baf2-68738e2966ac",
            ViewerProtocolPolicy: "https-only",
          }),
        ],
        Origins: Match.arrayWith([
          Match.objectLike({ CustomOriginConfig: Match.objectLike({ OriginProtocolPolicy: "https-only" }) }),
        ]),
      }),
    });
  });

  it("hands the Cognito pool and client ids to the web build", () => {
    const uploader = JSON.stringify(web.findResources("Custom::S3Uploader"));
    // The region is known at build time; the ids are deploy-time values SST fills in on upload.
    for (const name of ["VITE_COGNITO_USER_POOL_ID", "VITE_COGNITO_CLIENT_ID"]) {
      expect(uploader).toContain(`{{ ${name} }}`);
    }
  });

  it("does not rewrite the API's 403/404 answers into the SPA page", () => {
    const [distribution] = Object.values(web.findResources("AWS::CloudFront::Distribution") as Resources);
    const config = distribution?.Properties.DistributionConfig as Record<string, unknown>;
    expect(config.CustomErrorResponses ?? []).toEqual([]);
    // SPA routing on the site, the viewer's address on the API.
    web.resourceCountIs("AWS::CloudFront::Function", 2);
  });

  it("passes the viewer's address to the API for per-client limits", () => {
    const [distribution] = Object.values(web.findResources("AWS::CloudFront::Distribution") as Resources);
    const config = distribution?.Properties.DistributionConfig as { CacheBehaviors: Record<string, unknown>[] };
    const apiBehaviour = config.CacheBehaviors.find((b) => b.PathPattern === "/api/*");
    expect(apiBehaviour?.FunctionAssociations).toEqual([expect.objectContaining({ EventType: "viewer-request" })]);
    const code = JSON.stringify(web.findResources("AWS::CloudFront::Function"));
    expect(code).toContain(`headers[\\"${VIEWER_ADDRESS_HEADER}\\"] = { value: event.viewer.ip }`);
    for (const fn of Object.values(api.findResources("AWS::Lambda::Function") as Resources)) {
      const env = (fn.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables;
      if (env?.TABLE_NAME) expect(env.CLIENT_ADDRESS_HEADER).toBe(VIEWER_ADDRESS_HEADER);
    }
  });

  it("proves to the API with a generated secret that the address came from CloudFront", () => {
    api.resourceCountIs("AWS::SecretsManager::Secret", 1);
    api.hasResourceProperties("AWS::SecretsManager::Secret", {
      GenerateSecretString: { PasswordLength: 40, ExcludePunctuation: true },
    });
    const [distribution] = Object.values(web.findResources("AWS::CloudFront::Distribution") as Resources);
    const config = distribution?.Properties.DistributionConfig as { Origins: Record<string, unknown>[] } | undefined;
    const origins = config?.Origins ?? [];
    const apiOrigin = origins.find((o) => o.CustomOriginConfig);
    const headers = apiOrigin?.OriginCustomHeaders as { HeaderName: string; HeaderValue: unknown }[];
    expect(headers.map((h) => h.HeaderName)).toEqual([EDGE_KEY_HEADER]);
    // A dynamic reference resolved at deploy time: the secret itself is never in a template.
    expect(JSON.stringify(headers[0]?.HeaderValue)).toContain("{{resolve:secretsmanager:");
    for (const fn of Object.values(api.findResources("AWS::Lambda::Function") as Resources)) {
      const env = (fn.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables;
      if (!env?.TABLE_NAME) continue;
      expect(env.EDGE_KEY_HEADER).toBe(EDGE_KEY_HEADER);
      expect(JSON.stringify(env.EDGE_KEY)).toContain("{{resolve:secretsmanager:");
    }
  });
});

describe("Jobs", () => {
  it("makes one EventBridge rule per schedule, on the UTC equivalent of its Shanghai time", () => {
    jobs.resourceCountIs("AWS::Events::Rule", SCHEDULES.length);
    for (const s of SCHEDULES) {
      jobs.hasResourceProperties("AWS::Events::Rule", { ScheduleExpression: toEventBridgeCron(s.cron) });
    }
    // The quarterly report: 01:00 Beijing time on the 1st of Jan/Apr/Jul/Oct is 17:00 UTC the day before.
    jobs.hasResourceProperties("AWS::Events::Rule", { ScheduleExpression: "cron(0 17 L 3,6,9,12 ? *)" });
  });

  it("runs each schedule's handler on nodejs22.x arm64 with the table name", () => {
    const fns = Object.values(jobs.findResources("AWS::Lambda::Function") as Resources).filter(
      (f) => (f.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables?.TABLE_NAME,
    );
    expect(fns).toHaveLength(SCHEDULES.length);
    for (const f of fns) {
      expect(f.Properties.Runtime).toBe("nodejs22.x");
      expect(f.Properties.Architectures).toEqual(["arm64"]);
      expect(f.Properties.Timeout).toBe(900);
    }
  });
});

// Runs after the "test" app's templates were captured: getStack() follows the latest App.
describe("production stages", () => {
  it("retain and protect the table and the user pool", () => {
    const app = new App({ mode: "deploy", stage: "prod", name: "liaison", region: useProject().config.region });
    // Stateful stacks only: no functions to bundle, no site to build.
    app.stack(Storage).stack(Auth);
    const table = Template.fromStack(getStack(Storage));
    table.hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
    });
    const pool = Template.fromStack(getStack(Auth));
    pool.hasResource("AWS::Cognito::UserPool", {
      DeletionPolicy: "Retain",
      Properties: Match.objectLike({ DeletionProtection: "ACTIVE" }),
    });
  });
});
