import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Cron, type StackContext, use } from "sst/constructs";
import { toEventBridgeCron } from "../packages/core/src/jobs/cron.ts";
import { SCHEDULES } from "../packages/core/src/jobs/schedules.ts";
import { TABLE_ACTIONS } from "./Api.ts";
import { Storage } from "./Storage.ts";
import { isProduction } from "./settings.ts";

/**
 * One EventBridge rule per entry of the shared schedule table, each running the handler the
 * table names. The table's cron is on the Shanghai clock; EventBridge's is UTC.
 */
export function Jobs({ app, stack }: StackContext) {
  const { table } = use(Storage);
  const retention = isProduction(app.stage) ? RetentionDays.ONE_YEAR : RetentionDays.ONE_MONTH;
  const crons = SCHEDULES.map((s) => {
    const cron = new Cron(stack, `Cron_${s.name.replace(/\W/g, "_")}`, {
      schedule: toEventBridgeCron(s.cron) as `cron(${string})`,
      job: {
        function: {
          handler: s.handler,
          description: s.summary,
          // Jobs walk every unit: give them Lambda's full time, not the API's.
          timeout: "15 minutes",
          memorySize: "1024 MB",
          environment: { TABLE_NAME: table.tableName },
          logGroup: new LogGroup(stack, `Logs_job_${s.name.replace(/\W/g, "_")}`, { retention }),
        },
      },
    });
    cron.attachPermissions([
      new PolicyStatement({ actions: TABLE_ACTIONS, resources: [table.tableArn, `${table.tableArn}/index/*`] }),
    ]);
    return cron;
  });
  return { crons };
}
