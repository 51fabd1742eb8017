import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { TABLE } from "./table.ts";

/**
 * Where the table lives. In AWS the Api stack sets TABLE_NAME; locally the runtime also sets
 * DYNAMODB_ENDPOINT to the embedded dynalite. Read once per process from the environment so
 * handlers run unchanged in both places.
 */
export interface DbConfig {
  tableName: string;
  endpoint?: string;
  region: string;
}

export function dbConfig(env: NodeJS.ProcessEnv = process.env): DbConfig {
  return {
    tableName: env.TABLE_NAME ?? TABLE.id,
    endpoint: env.DYNAMODB_ENDPOINT || undefined,
    region: env.AWS_REGION ?? "cn-northwest-1",
  };
}

export interface Db {
  doc: DynamoDBDocumentClient;
  raw: DynamoDBClient;
  tableName: string;
}

export function createDb(config: DbConfig = dbConfig()): Db {
  const raw = new DynamoDBClient({
    region: config.region,
    ...(config.endpoint
      ? { endpoint: config.endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } }
      : {}),
    maxAttempts: 3,
    // A database that does not answer must become a quick 503, not a hung request.
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 5_000 },
  });
  const doc = DynamoDBDocumentClient.from(raw, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { doc, raw, tableName: config.tableName };
}

let shared: Db | undefined;
let sharedKey = "";

/** The process-wide client; rebuilt only when the environment points somewhere else. */
export function db(): Db {
  const config = dbConfig();
  const key = `${config.tableName}|${config.endpoint ?? ""}|${config.region}`;
  if (!shared || key !== sharedKey) {
    shared?.raw.destroy();
    shared = createDb(config);
    sharedKey = key;
  }
  return shared;
}

const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EHOSTUNREACH", "ETIMEDOUT", "EPIPE"]);
const UNAVAILABLE_NAMES = new Set([
  "TimeoutError",
  "RequestTimeout",
  "ServiceUnavailable",
  "InternalServerError",
  "ThrottlingException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
]);

/** True when an error means "the database cannot be reached right now" (answered as 503). */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: string }).code;
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  if (UNAVAILABLE_NAMES.has(err.name)) return true;
  const cause = (err as { cause?: unknown }).cause;
  return cause !== undefined && cause !== err && isDatabaseUnavailable(cause);
}
