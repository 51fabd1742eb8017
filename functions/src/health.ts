import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { errors } from "@liaison/core";
import { route } from "./lib/http.ts";

// A data-plane read (not DescribeTable, whose AWS rate limit is low) proves the table answers.
export const handler = route("GET /health", async ({ db }) => {
  try {
    await db.doc.send(new GetCommand({ TableName: db.tableName, Key: { pk: "SYSTEM", sk: "HEALTH" } }));
  } catch (err) {
    if (err instanceof Error && err.name === "ResourceNotFoundException") throw errors.unavailable();
    throw err;
  }
  return { status: "ok" };
});
