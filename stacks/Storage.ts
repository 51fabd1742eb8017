import { Duration, RemovalPolicy } from "aws-cdk-lib";
import { BillingMode } from "aws-cdk-lib/aws-dynamodb";
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods } from "aws-cdk-lib/aws-s3";
import { type StackContext, Table, type TableGlobalIndexProps } from "sst/constructs";
import { keyAttributes, TABLE } from "../packages/core/src/db/table.ts";
import { PENDING_PREFIX } from "../packages/core/src/files/photo-types.ts";
import { isProduction, webOrigins } from "./settings.ts";

/**
 * The site's own CloudFront domain is made by the Web stack, which depends on this one; S3 CORS
 * allows one wildcard, so the site's *.cloudfront.net origin is matched by pattern, and any
 * custom domain comes from WEB_ORIGINS.
 */
export const PHOTO_UPLOAD_ORIGINS = (): string[] => [...webOrigins(), "https://*.cloudfront.net"];

/**
 * The single DynamoDB table, built from the shared TABLE definition (the local runtime creates
 * its dynalite table from the same object), and the private bucket of activity photos.
 */
export function Storage({ app, stack }: StackContext) {
  const production = isProduction(app.stage);

  const globalIndexes: Record<string, TableGlobalIndexProps> = Object.fromEntries(
    TABLE.indexes.map((index) => [
      index.name,
      { partitionKey: index.partitionKey, sortKey: index.sortKey, projection: "all" } satisfies TableGlobalIndexProps,
    ]),
  );

  const table = new Table(stack, TABLE.id, {
    fields: Object.fromEntries(keyAttributes().map((name) => [name, "string" as const])),
    primaryIndex: { partitionKey: TABLE.partitionKey, sortKey: TABLE.sortKey },
    globalIndexes,
    timeToLiveAttribute: TABLE.ttlAttribute,
    cdk: {
      table: {
        billingMode: BillingMode.PAY_PER_REQUEST,
        // SST's Table sets `pointInTimeRecovery` itself, so the newer
        // `pointInTimeRecoverySpecification` cannot be used alongside it.
        pointInTimeRecovery: true,
        deletionProtection: production,
        // Outside production the app-wide default ("destroy") replaces this.
        removalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      },
    },
  });

  // Browsers PUT photos straight here through presigned URLs; nothing in it is public. Uploads
  // wait under pending/ until an outcome accepts them; abandoned ones expire after a day.
  const photos = new Bucket(stack, "Photos", {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    cors: [
      {
        allowedOrigins: PHOTO_UPLOAD_ORIGINS(),
        allowedMethods: [HttpMethods.PUT, HttpMethods.GET],
        allowedHeaders: ["content-type"],
        maxAge: 3600,
      },
    ],
    lifecycleRules: [
      { id: "abandoned-uploads", prefix: PENDING_PREFIX, expiration: Duration.days(1) },
      { id: "incomplete-multipart", abortIncompleteMultipartUploadAfter: Duration.days(1) },
    ],
    removalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });

  stack.addOutputs({ TableName: table.tableName, PhotoBucket: photos.bucketName });
  return { table, photos };
}
