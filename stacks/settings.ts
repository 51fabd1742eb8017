/** Stages whose stateful resources (table, user pool, site bucket) must outlive the stack. */
export const PRODUCTION_STAGES: readonly string[] = ["prod", "production"];

export function isProduction(stage: string): boolean {
  return PRODUCTION_STAGES.includes(stage);
}

/** Region used when neither the CLI (--region) nor AWS_REGION names one. */
export const DEFAULT_REGION = "ap-southeast-1";

/**
 * Browser origins allowed to call the API directly (CORS), comma separated, read at deploy
 * time. The site's own CloudFront distribution serves `/api/*` on the same origin and needs none.
 */
export function webOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.WEB_ORIGINS ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
}
