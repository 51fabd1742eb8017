/**
 * The one definition of the single DynamoDB table. The Storage stack and the local bootstrap
 * both build from this object, so the key schema and indexes cannot drift apart.
 */
export interface IndexDefinition {
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey: string;
}

export const TABLE = {
  /** Logical id of the table in the Storage stack and name of the local table. */
  id: "Main",
  partitionKey: "pk",
  sortKey: "sk",
  /** Expiry attribute (epoch seconds). AWS TTL only cleans up; reads filter on it themselves. */
  ttlAttribute: "expiresAt",
  indexes: [
    { name: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    { name: "gsi2", partitionKey: "gsi2pk", sortKey: "gsi2sk" },
  ] as const satisfies readonly IndexDefinition[],
} as const;

export type IndexName = (typeof TABLE.indexes)[number]["name"];

/** All key attributes are strings; listing them once keeps both table builders honest. */
export function keyAttributes(): string[] {
  return [TABLE.partitionKey, TABLE.sortKey, ...TABLE.indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
}
