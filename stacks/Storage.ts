import { RemovalPolicy } from "aws-cdk-lib";
import { BillingMode } from "aws-cdk-lib/aws-dynamodb";
import { type StackContext, Table, type TableGlobalIndexProps } from "sst/constructs";
import { keyAttributes, TABLE } from "../packages/core/src/db/table.ts";
import { isProduction } from "./settings.ts";

/**
 * The single DynamoDB table, built from the shared TABLE definition (the local runtime creates
 * its dynalite table from the same object).
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

  stack.addOutputs({ TableName: table.tableName });
  return table;
}
