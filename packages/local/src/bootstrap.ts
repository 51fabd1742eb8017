import {
  type AttributeDefinition,
  CreateTableCommand,
  DescribeTableCommand,
  type GlobalSecondaryIndex,
  UpdateTableCommand,
} from "@aws-sdk/client-dynamodb";
import { type Db, keyAttributes, TABLE } from "@liaison/core";

function indexSpec(index: (typeof TABLE.indexes)[number]): GlobalSecondaryIndex {
  return {
    IndexName: index.name,
    KeySchema: [
      { AttributeName: index.partitionKey, KeyType: "HASH" },
      { AttributeName: index.sortKey, KeyType: "RANGE" },
    ],
    Projection: { ProjectionType: "ALL" },
  };
}

const attributeDefinitions: AttributeDefinition[] = keyAttributes().map((name) => ({
  AttributeName: name,
  AttributeType: "S",
}));

/** dynalite (like DynamoDB) answers ResourceNotFound until a new table or index is ACTIVE. */
async function waitUntilActive(db: Db): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const res = await db.raw.send(new DescribeTableCommand({ TableName: db.tableName }));
    const indexesReady = (res.Table?.GlobalSecondaryIndexes ?? []).every((i) => i.IndexStatus === "ACTIVE");
    if (res.Table?.TableStatus === "ACTIVE" && indexesReady) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`table ${db.tableName} did not become ACTIVE`);
}

/**
 * Creates the table from the shared definition, or adds the indexes a newer definition has.
 * Returns what it did, for the start-up log.
 */
export async function ensureTable(db: Db): Promise<"created" | "updated" | "unchanged"> {
  let existing: string[] | undefined;
  try {
    const res = await db.raw.send(new DescribeTableCommand({ TableName: db.tableName }));
    existing = (res.Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName ?? "");
  } catch (err) {
    if (!(err instanceof Error && err.name === "ResourceNotFoundException")) throw err;
  }
  if (!existing) {
    await db.raw.send(
      new CreateTableCommand({
        TableName: db.tableName,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: attributeDefinitions,
        KeySchema: [
          { AttributeName: TABLE.partitionKey, KeyType: "HASH" },
          { AttributeName: TABLE.sortKey, KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: TABLE.indexes.map(indexSpec),
      }),
    );
    await waitUntilActive(db);
    return "created";
  }
  const missing = TABLE.indexes.filter((i) => !existing.includes(i.name));
  // DynamoDB adds one GSI per UpdateTable call.
  for (const index of missing) {
    await db.raw.send(
      new UpdateTableCommand({
        TableName: db.tableName,
        AttributeDefinitions: attributeDefinitions,
        GlobalSecondaryIndexUpdates: [{ Create: indexSpec(index) }],
      }),
    );
  }
  await waitUntilActive(db);
  return missing.length ? "updated" : "unchanged";
}
